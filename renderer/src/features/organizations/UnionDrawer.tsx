import { useState } from 'react';
import { App, Button, Divider, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnionDetail } from '@shared/organizations/union';
import { formatDateVi } from '@shared/domain/format/date';
import { call } from '../../api/client';
import { DecisionDialog } from '../../components/DecisionDialog';
import { navigate } from '../../app/routes';
import { UnionForm } from './UnionForm';
import { AwardHistory } from '../awards/AwardHistory';
import { RecordHistorySection } from '../audit/RecordHistorySection';
import { emptyUnion, toUnionDraft, toUnionFormValues, type UnionFormValues } from './unionForm';
import { drawerSize } from '../../components/drawerSize';
import { FormDrawer } from '../../components/FormModal';
import { submitForm } from '../../components/submitForm';
import { useDeleteUnion } from './useDeleteUnion';
import { errorText } from '../../api/errorText';

const FORM_ID = 'union-form';

type Dialog = 'dissolve' | 'move' | null;

/** Create (union = null) or edit a CĐCS, with its management history and dated actions. */
export function UnionDrawer({
  open,
  union,
  onClose,
  onChanged,
  onDeleted,
}: {
  open: boolean;
  union: UnionDetail | null;
  onClose(): void;
  onChanged(union: UnionDetail): void;
  /** After "Xóa" and after its "Hoàn tác": the list changed. */
  onDeleted(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  // Each save rebuilds the form from what was saved, so it is clean again.
  const [saves, setSaves] = useState(0);
  const deleteUnion = useDeleteUnion(onDeleted);

  const save = async (values: UnionFormValues) => {
    setSaving(true);
    try {
      const dated = union && values.factsFrom ? { factsFrom: values.factsFrom } : {};
      const saved = await call('unions:save', { ...(union ? { id: union.id } : {}), draft: toUnionDraft(values), ...dated });
      message.success(t('unions.saved', { name: saved.name }));
      setSaves((n) => n + 1);
      onChanged(saved);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  };

  const act = async (work: () => Promise<UnionDetail>, done: (u: UnionDetail) => string) => {
    try {
      const changed = await work();
      setDialog(null);
      message.success(done(changed));
      onChanged(changed);
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <FormDrawer
      open={open}
      dirty={dirty}
      saving={saving}
      onClose={onClose}
      onSubmit={() => submitForm(FORM_ID)}
      width={drawerSize(760)}
      title={union ? t('unions.editTitle', { name: union.name }) : t('unions.newTitle')}
    >
      <UnionForm key={`${union?.id ?? 'new'}-${saves}`} formId={FORM_ID} initial={union ? toUnionFormValues(union) : emptyUnion} onSubmit={save} onDirtyChange={setDirty} />
      {union && (
        <>
          <Divider />
          <Space wrap>
            <Button onClick={() => navigate('members', { union: union.id })}>{t('unions.viewMembers')}</Button>
            <Button onClick={() => setDialog('move')}>{t('unions.move')}</Button>
            {!union.dissolvedOn && (
              <Button danger onClick={() => setDialog('dissolve')}>
                {t('unions.dissolve')}
              </Button>
            )}
            <Button danger onClick={() => deleteUnion(union)}>
              {t('unions.delete')}
            </Button>
          </Space>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('unions.history')}
          </Typography.Title>
          <Timeline
            items={union.management.map((row) => ({
              children: `${t('unions.historyRow', {
                manager: row.managerName,
                from: formatDateVi(row.validFrom),
                to: row.validTo ? t('unions.historyTo', { date: formatDateVi(row.validTo) }) : '',
              })}${row.decisionNo ? ` (${t('unions.decision', { no: row.decisionNo })})` : ''}`,
            }))}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('awards.history.title')}
          </Typography.Title>
          <AwardHistory of={{ organizationId: union.id }} />
          <RecordHistorySection kind="unions" id={union.id} />
          <DecisionDialog
            open={dialog === 'dissolve'}
            danger
            title={t('unions.dissolveTitle', { name: union.name })}
            description={t('unions.dissolveConfirm')}
            okText={t('unions.dissolve')}
            onCancel={() => setDialog(null)}
            onOk={({ date, decisionNo }) => act(() => call('unions:dissolve', { id: union.id, date, decisionNo }), (u) => t('unions.dissolved', { name: u.name }))}
          />
          <DecisionDialog
            open={dialog === 'move'}
            title={t('unions.moveTitle', { name: union.name })}
            textLabel={t('unions.managerName')}
            textPlaceholder={t('unions.managerPlaceholder')}
            okText={t('unions.move')}
            onCancel={() => setDialog(null)}
            onOk={({ date, decisionNo, text }) =>
              act(() => call('unions:move', { id: union.id, managerName: text, date, decisionNo }), (u) => t('unions.moved', { name: u.name, manager: text }))
            }
          />
        </>
      )}
    </FormDrawer>
  );
}
