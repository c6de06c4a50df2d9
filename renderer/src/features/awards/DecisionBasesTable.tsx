import { useCallback, useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DecisionBasis, DecisionBasisDraftInput } from '@shared/awards/decisionBases';
import { ISSUER_LEVELS, type IssuerLevel } from '@shared/awards/model';
import { formatDateVi } from '@shared/domain/format/date';
import { call } from '../../api/client';
import { EditDeleteButtons } from '../../components/EditDeleteButtons';
import { FormModal } from '../../components/FormModal';
import { DateInput } from '../../components/DateInput';
import { useLoad } from '../../components/useLoad';
import { errorText } from '../../api/errorText';
import { PlainTable } from '../../components/PlainTable';

type Draft = { id?: number; issuerLevel: IssuerLevel; position: number; text: string; validFrom: string | null; validTo: string | null };

/** Căn cứ of decisions per issuer level, each cited only on decisions signed from … to … (editable data). */
export function DecisionBasesTable() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, reload } = useLoad(useCallback(() => call('decisionBases:list', {}), []), [] as DecisionBasis[]);
  const [draft, setDraftValues] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  /** Opens the dialog on a row (or a new one) or closes it: clean either way. */
  const openDraft = (next: Draft | null) => {
    setDraftValues(next);
    setDirty(false);
  };
  const setDraft = (next: Draft) => {
    setDraftValues(next);
    setDirty(true);
  };

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      await reload();
      return true;
    } catch (error) {
      message.error(errorText(error));
      return false;
    }
  };
  const save = async () => {
    if (!draft || draft.text.trim() === '') return;
    const input: DecisionBasisDraftInput = { ...draft };
    if (await run(() => call('decisionBases:save', input))) openDraft(null);
  };
  const period = (b: DecisionBasis) =>
    b.validFrom && b.validTo
      ? t('awards.bases.between', { from: formatDateVi(b.validFrom), to: formatDateVi(b.validTo) })
      : b.validFrom
        ? t('awards.bases.from', { from: formatDateVi(b.validFrom) })
        : b.validTo
          ? t('awards.bases.until', { to: formatDateVi(b.validTo) })
          : t('awards.bases.always');

  return (
    <Card
      size="small"
      title={t('awards.bases.title')}
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => openDraft({ issuerLevel: 'own_office', position: 60, text: '', validFrom: null, validTo: null })}>
          {t('awards.bases.add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('awards.bases.help')}</Typography.Paragraph>
      <PlainTable<DecisionBasis>
        dataSource={data}
        columns={[
          { title: t('awards.catalogue.level'), width: 150, render: (_, b) => t(`awards.issuer.${b.issuerLevel}`) },
          { title: t('awards.bases.text'), dataIndex: 'text' },
          { title: t('awards.bases.period'), width: 190, render: (_, b) => period(b) },
          {
            key: 'actions',
            width: 90,
            render: (_, b) => <EditDeleteButtons onEdit={() => openDraft({ ...b })} onDelete={() => void run(() => call('decisionBases:delete', { id: b.id }))} />,
          },
        ]}
      />
      <FormModal open={draft !== null} title={t('awards.bases.title')} dirty={dirty} onSubmit={() => void save()} onClose={() => openDraft(null)}>
        {draft && (
          <Form layout="vertical" component="div">
            <Form.Item label={t('awards.catalogue.level')}>
              <Select value={draft.issuerLevel} onChange={(issuerLevel) => setDraft({ ...draft, issuerLevel })} options={ISSUER_LEVELS.map((l) => ({ value: l, label: t(`awards.issuer.${l}`) }))} />
            </Form.Item>
            <Form.Item label={t('awards.bases.text')} required>
              <Input.TextArea aria-label={t('awards.bases.text')} autoSize value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
            </Form.Item>
            <Space>
              <Form.Item label={t('awards.bases.validFrom')}>
                <DateInput ariaLabel={t('awards.bases.validFrom')} value={draft.validFrom} onChange={(validFrom) => setDraft({ ...draft, validFrom })} />
              </Form.Item>
              <Form.Item label={t('awards.bases.validTo')}>
                <DateInput ariaLabel={t('awards.bases.validTo')} value={draft.validTo} onChange={(validTo) => setDraft({ ...draft, validTo })} />
              </Form.Item>
              <Form.Item label={t('awards.catalogue.position')}>
                <InputNumber min={0} value={draft.position} onChange={(position) => setDraft({ ...draft, position: position ?? 0 })} />
              </Form.Item>
            </Space>
          </Form>
        )}
      </FormModal>
    </Card>
  );
}
