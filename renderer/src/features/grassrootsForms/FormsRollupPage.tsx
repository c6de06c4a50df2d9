import { useCallback } from 'react';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/domain/format/number';
import type { RolledUpFigure } from '@shared/grassrootsForms/model';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { fileNameOf, saveExport } from '../../api/files';
import { useLoad } from '../../components/useLoad';
import { usePrintDocument } from '../../components/usePrintDocument';
import { PeriodPicker, useFormPeriod } from './PeriodPicker';

const SOURCE_COLOURS = { office: 'blue', forms: 'green', mixed: 'gold', none: 'default' } as const;

/** Mẫu 2 of the office: every figure with where it comes from; export and print. */
export function FormsRollupPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const print = usePrintDocument();
  const [period, setPeriod] = useFormPeriod();
  const { data, loading } = useLoad(useCallback(() => call('forms:rollup', { period }), [period]), [] as RolledUpFigure[]);
  const exportXlsx = async () => {
    try {
      await saveExport(`mau-2-${period}.xlsx`, 'xlsx', (where) => call('forms:exportRollup', { period, ...where }), (r) => void message.success(t('forms.exported', { file: fileNameOf(r.file) })));
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  return (
    <Card
      title={t('forms.rollupTitle')}
      extra={
        <Space>
          <PeriodPicker period={period} onChange={setPeriod} />
          <Button onClick={() => void exportXlsx()}>{t('forms.exportMau2')}</Button>
          <Button type="primary" data-testid="forms-print-mau2" onClick={() => void print(`print/forms-mau2?period=${period}`)}>
            {t('forms.printMau2')}
          </Button>
        </Space>
      }
    >
      <Table<RolledUpFigure>
        rowKey="code"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data}
        data-testid="forms-rollup"
        columns={[
          { title: t('forms.content'), dataIndex: 'label', render: (label: string, f) => <span data-code={f.code}>{label}</span> },
          { title: t('forms.unit'), dataIndex: 'unit', width: 100 },
          { title: t('forms.value'), dataIndex: 'value', align: 'right', width: 140, render: (v: number | null) => (v === null ? '' : formatNumber(v, 1)) },
          {
            title: t('forms.note'),
            width: 320,
            render: (_, f) => (
              <Tag color={SOURCE_COLOURS[f.source]}>
                <Typography.Text style={{ fontSize: 12 }}>{t(`forms.source.${f.source}`, { returned: f.formsReturned, expected: f.formsExpected })}</Typography.Text>
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
