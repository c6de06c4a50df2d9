import { useCallback, useState } from 'react';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { catalogueFigures, isInputFigure, type FormCatalogue } from '@shared/grassrootsForms/catalogue';
import type { UnionFormFigures } from '@shared/ipc/contracts/grassrootsForms';
import { call } from '../../api/client';
import { useLoad } from '../../components/useLoad';
import { FormModal } from '../../components/FormModal';
import { NumberInput } from '../../components/NumberInput';
import { useSaving } from '../../components/useSaving';

/** A paper Mẫu 1 typed into the same rows; an empty cell stays "not reported". */
export function TypedFormDialog({ period, union, catalogue, onClose, onSaved }: { period: string; union: { id: number; name: string }; catalogue: FormCatalogue; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<Record<string, number | null> | null>(null);
  const { data } = useLoad(useCallback(() => call('forms:unionFigures', { period, organizationId: union.id }), [period, union.id]), null as UnionFormFigures | null);
  const values = typed ?? data?.current ?? {};
  const { saving, runSave } = useSaving();
  const save = async () => {
    await runSave(async () => {
      await call('forms:saveTyped', { period, organizationId: union.id, values });
      onSaved();
    }, t('forms.saved', { union: union.name }));
  };
  return (
    <FormModal open width={760} title={t('forms.typedTitle', { union: union.name })} dirty={typed !== null} saving={saving} onClose={onClose} onSubmit={() => void save()}>
      <Typography.Paragraph type="secondary">{t('forms.typedHelp')}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        scroll={{ y: 420 }}
        rowKey="code"
        dataSource={catalogueFigures(catalogue).filter(isInputFigure)}
        columns={[
          { title: t('forms.content'), dataIndex: 'label' },
          { title: t('forms.unit'), dataIndex: 'unit', width: 90 },
          {
            title: t('forms.value'),
            width: 170,
            render: (_, f) => (
              <NumberInput integer ariaLabel={f.label} value={values[f.code] ?? null} onChange={(v) => setTyped({ ...values, [f.code]: v })} />
            ),
          },
        ]}
      />
    </FormModal>
  );
}
