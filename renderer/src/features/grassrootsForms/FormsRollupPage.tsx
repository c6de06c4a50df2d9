import { useCallback } from 'react';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/domain/format/number';
import type { FormCatalogue } from '@shared/grassrootsForms/catalogue';
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
  const catalogue = useLoad(useCallback(() => call('forms:catalogue', {}), []), null as FormCatalogue | null).data;
  const sections = new Map(catalogue?.sections.map((s) => [s.key, s]) ?? []);
  const subRows = new Set(catalogue?.sections.flatMap((s) => s.rows.flatMap((r) => (r.code && r.of ? [r.code] : []))) ?? []);
  // Each section's heading row ("I. TÌNH HÌNH LAO ĐỘNG") before its first figure.
  const rows: (RolledUpFigure & { heading?: boolean })[] = data.flatMap((f, i) => {
    const section = sections.get(f.section);
    const first = i === 0 || data[i - 1]?.section !== f.section;
    return first && section ? [{ ...f, code: `section:${section.key}`, tt: section.tt, label: section.label.toUpperCase(), unit: '', value: null, heading: true }, f] : [f];
  });
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
      <Table<RolledUpFigure & { heading?: boolean }>
        rowKey="code"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={rows}
        data-testid="forms-rollup"
        columns={[
          { title: t('forms.tt'), dataIndex: 'tt', width: 50, render: (tt: string, f) => (f.heading ? <b>{tt}</b> : tt) },
          {
            title: t('forms.content'),
            dataIndex: 'label',
            render: (label: string, f) =>
              f.heading ? <b>{label}</b> : <span data-code={f.code} style={subRows.has(f.code) ? { paddingLeft: 16 } : undefined}>{subRows.has(f.code) ? `- ${label}` : label}</span>,
          },
          { title: t('forms.unit'), dataIndex: 'unit', width: 100 },
          { title: t('forms.value'), dataIndex: 'value', align: 'right', width: 140, render: (v: number | null) => (v === null ? '' : formatNumber(v, 1)) },
          {
            title: t('forms.note'),
            width: 320,
            render: (_, f) =>
              f.heading ? null : (
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
