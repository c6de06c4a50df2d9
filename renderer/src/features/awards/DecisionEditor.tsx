import { useCallback, useEffect, useState } from 'react';
import { App, Button, Divider, Flex, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AwardKind, DecisionDetail } from '@shared/awards/model';
import { amountInWords } from '@shared/domain/money/inWords';
import { formatMoney } from '@shared/domain/format/number';
import { isValidIsoDate, todayIso } from '@shared/domain/format/date';
import { defaultDecisionDate } from '@shared/awards/decisionPeriod';
import { call } from '../../api/client';
import { DecisionFields, type CampaignOption } from './DecisionFields';
import { DecisionOutputButtons } from './DecisionOutputButtons';
import { RecipientAdders } from './RecipientAdders';
import { RecipientsTable } from './RecipientsTable';
import { MoneyNotices } from './MoneyNotices';
import { WarningsPanel } from './WarningsPanel';
import { emptyDraft, fromDetail, rowKey, toDraftInput, toRecipients, type EditorDraft, type EditorRow } from './decisionForm';
import { useDecisionPreview } from './useDecisionPreview';
import { drawerSize } from '../../components/drawerSize';
import { RecordHistorySection } from '../audit/RecordHistorySection';
import { useUndoMessage } from '../audit/useUndoMessage';
import { FormDrawer } from '../../components/FormModal';
import { useFormDraft } from '../../components/useFormDraft';
import { errorText } from '../../api/errorText';

/** Create (detail = null) or edit a decision with its recipients, money, warnings and outputs. */
export function DecisionEditor({
  open,
  detail,
  kinds,
  year,
  onClose,
  onSaved,
  onDeleted,
}: {
  open: boolean;
  detail: DecisionDetail | null;
  kinds: AwardKind[];
  year: number;
  onClose(): void;
  onSaved(detail: DecisionDetail): void;
  onDeleted(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showUndo = useUndoMessage();
  const [savedId, setSavedId] = useState<number | undefined>(detail?.id);
  const [draft, setDraft] = useState<EditorDraft>(() => {
    if (detail) return fromDetail(detail).draft;
    const gk = kinds.find((k) => k.code === 'GK')?.id ?? null;
    return emptyDraft(defaultDecisionDate(year, todayIso()), gk);
  });
  const [rows, setRows] = useState<EditorRow[]>(() => (detail ? fromDetail(detail).rows : []));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<'number' | 'decidedOn' | 'kind', string>>>({});
  const [campaigns, setCampaigns] = useState<CampaignOption[]>([]);
  const [saving, setSaving] = useState(false);
  // The decision as last saved: its rows keep their frozen money until the date or the form changes.
  const [saved, setSaved] = useState<EditorDraft | null>(() => (detail ? fromDetail(detail).draft : null));
  const [savedDetail, setSavedDetail] = useState<DecisionDetail | null>(detail);
  const { money, warnings, total } = useDecisionPreview(savedId, draft, rows, saved);
  // A decision with its list is long work: what is typed is kept until it is saved or thrown away.
  const kept = useFormDraft<{ draft: EditorDraft; rows: EditorRow[] }>(open ? `decision.${detail?.id ?? `new.${year}`}` : null);
  const [draftOffered, setDraftOffered] = useState(true);
  const { keep } = kept;
  useEffect(() => {
    if (dirty) keep({ draft, rows });
  }, [dirty, draft, rows, keep]);
  const restoreDraft = () => {
    if (!kept.found) return;
    setDraft(kept.found.values.draft);
    setRows(kept.found.values.rows.map((row) => ({ ...row, key: rowKey() })));
    setDirty(true);
    setDraftOffered(false);
  };
  const close = () => {
    // Reached with changes only after "Bỏ các thay đổi chưa lưu?" was answered yes.
    if (dirty) kept.clear();
    onClose();
  };

  const change = (patch: Partial<EditorDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
  };
  const changeRow = (key: string, patch: Partial<EditorRow>) => {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setDirty(true);
  };

  const nextNumber = useCallback(async () => {
    const y = draft.decidedOn && isValidIsoDate(draft.decidedOn) ? Number(draft.decidedOn.slice(0, 4)) : year;
    const { number } = await call('awardDecisions:nextNumber', { year: y });
    setDraft((d) => ({ ...d, number }));
  }, [draft.decidedOn, year]);

  // A new decision of our office gets the next number at once.
  const isNew = detail === null;
  useEffect(() => {
    if (isNew) call('awardDecisions:nextNumber', { year }).then(({ number }) => setDraft((d) => (d.number ? d : { ...d, number })), () => undefined);
  }, [isNew, year]);

  const decisionYear = draft.decidedOn && isValidIsoDate(draft.decidedOn) ? Number(draft.decidedOn.slice(0, 4)) : year;
  useEffect(() => {
    call('campaigns:list', { year: decisionYear }).then(
      (list) => setCampaigns(list.map((c) => ({ id: c.id, name: c.name }))),
      () => setCampaigns([]),
    );
  }, [decisionYear]);

  const applySaved = (result: DecisionDetail) => {
    const reloaded = fromDetail(result);
    setSavedId(result.id);
    setSavedDetail(result);
    setDraft(reloaded.draft);
    setSaved(reloaded.draft);
    setRows(reloaded.rows);
    setDirty(false);
  };

  const save = async () => {
    const found: typeof errors = {};
    if (!draft.number.trim()) found.number = t('awards.editor.required', { field: t('awards.editor.number') });
    if (!draft.decidedOn || !isValidIsoDate(draft.decidedOn)) found.decidedOn = t('awards.editor.required', { field: t('awards.editor.date') });
    if (!draft.formKindId && !draft.titleKindId) found.kind = t('awards.editor.kindRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      const result = await call('awardDecisions:save', { ...(savedId ? { id: savedId } : {}), draft: toDraftInput(draft), recipients: toRecipients(rows) });
      applySaved(result);
      kept.clear();
      setDraftOffered(false);
      message.success(t('awards.editor.saved', { number: result.number }));
      onSaved(result);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!savedId) return;
    try {
      const { undoId } = await call('awardDecisions:delete', { id: savedId });
      showUndo(t('awards.editor.deleted', { number: draft.number }), undoId, onDeleted);
      onDeleted();
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const warnedKeys = new Set(warnings.map((w) => w.key));
  return (
    <FormDrawer
      open={open}
      dirty={dirty}
      saving={saving}
      onClose={close}
      onSubmit={() => void save()}
      width={drawerSize(1180)}
      title={savedId ? t('awards.editor.editTitle', { number: draft.number }) : t('awards.editor.newTitle')}
      headerExtra={
        <Flex gap={8}>
          <DecisionOutputButtons id={savedId} number={draft.number} dirty={dirty} record={draft.issuerLevel !== 'own_office'} />
          {savedId && (
            <Popconfirm title={t('awards.editor.deleteConfirm', { number: draft.number, n: rows.length })} okText={t('common.delete')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={() => void remove()}>
              <Button danger>{t('common.delete')}</Button>
            </Popconfirm>
          )}
        </Flex>
      }
      extra={
        <div>
          {kept.found && draftOffered && (
            <Space size={4}>
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                {t('inputs.dialog.draftFound', { when: kept.found.savedAt })}
              </Typography.Text>
              <Button size="small" type="link" onClick={restoreDraft}>
                {t('inputs.dialog.restoreDraft')}
              </Button>
            </Space>
          )}
          <Typography.Text strong data-testid="award-total" style={{ display: 'block' }}>
            {t('awards.editor.total', { amount: formatMoney(total) || '0 đ' })}
          </Typography.Text>
          <Typography.Text italic data-testid="award-total-words">
            {t('awards.editor.inWords', { words: amountInWords(total) })}
          </Typography.Text>
        </div>
      }
    >
      <div>
        <DecisionFields draft={draft} kinds={kinds} campaigns={campaigns} errors={errors} onChange={change} onNextNumber={() => void nextNumber()} />
        <Divider style={{ margin: '4px 0 8px' }} />
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('awards.editor.recipients', { n: rows.length })}
        </Typography.Title>
        <Flex vertical gap={8}>
          <RecipientAdders
            onAdd={(added) => {
              setRows((rs) => [...rs, ...added]);
              setDirty(true);
            }}
          />
          <MoneyNotices
            saved={savedDetail}
            decidedOn={draft.decidedOn && isValidIsoDate(draft.decidedOn) ? draft.decidedOn : null}
            money={money}
            workingYear={year}
            dirty={dirty}
            onRepriced={(result) => {
              applySaved(result);
              onSaved(result);
            }}
          />
          <WarningsPanel warnings={warnings} rows={rows} onReason={(key, warningOverride) => changeRow(key, { warningOverride })} />
          <RecipientsTable
            rows={rows}
            money={money}
            warned={warnedKeys}
            onChange={changeRow}
            onRemove={(key) => {
              setRows((rs) => rs.filter((r) => r.key !== key));
              setDirty(true);
            }}
          />
        </Flex>
        {savedId && <RecordHistorySection kind="decisions" id={savedId} />}
      </div>
    </FormDrawer>
  );
}
