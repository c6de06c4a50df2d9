import { useCallback, useState } from 'react';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '@shared/domain/format/date';
import type { FormCatalogue } from '@shared/grassrootsForms/catalogue';
import type { FormStatusRow, FormsImportResult } from '@shared/grassrootsForms/model';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { fileToBase64 } from '../../api/fileBase64';
import { deliverFile, fileNameOf, saveExport } from '../../api/files';
import { DateInput } from '../../components/DateInput';
import { useJobRunner } from '../../components/useJobRunner';
import { useLoad } from '../../components/useLoad';
import { usePrintDocument } from '../../components/usePrintDocument';
import { DropZone } from './DropZone';
import { ImportResultPanel } from './ImportResultPanel';
import { PeriodPicker, useFormPeriod } from './PeriodPicker';
import { TypedFormDialog } from './TypedFormDialog';
import { UnionFiguresDrawer } from './UnionFiguresDrawer';

type Dropped = { name: string; base64: string };

/** Mẫu 1 out and back: make the forms, drop the returned files, follow who has returned. */
export function FormsCollectPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const print = usePrintDocument();
  const jobs = useJobRunner();
  const [period, setPeriod] = useFormPeriod();
  const [deadline, setDeadline] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<FormsImportResult | null>(null);
  const [dropped, setDropped] = useState<Dropped[]>([]);
  const [open, setOpen] = useState<{ kind: 'figures' | 'typed'; id: number; name: string } | null>(null);
  const status = useLoad(useCallback(() => call('forms:status', { period, deadline }), [period, deadline]), [] as FormStatusRow[]);
  const catalogue = useLoad(useCallback(() => call('forms:catalogue', {}), []), null as FormCatalogue | null);

  const run = async (files: Dropped[], assignments?: { file: string; organizationId: number }[]) => {
    try {
      const outcome = await jobs.run((jobId) => call('forms:import', { period, files, assignments, jobId }));
      setResult(outcome);
      setDropped(files.filter((f) => outcome.unmatched.some((u) => u.file === f.name)));
      await status.reload();
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  const onFiles = async (files: File[]) => run(await Promise.all(files.map(async (file) => ({ name: file.name, base64: await fileToBase64(file) }))));
  const make = async () => {
    try {
      const made = await call('forms:make', { period });
      void message.success(t('forms.made', { count: made.files.length }));
      if (made.zip) await deliverFile(made.zip);
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  const exportReturns = () =>
    saveExport(`mau-1-da-nhan-${period}.xlsx`, 'xlsx', (where) => call('forms:exportReturns', { period, ...where }), (r) => void message.success(t('forms.exported', { file: fileNameOf(r.file) }))).catch(
      (error: unknown) => void message.error(errorText(error)),
    );
  const rows = status.data;
  const returned = rows.filter((r) => r.status === 'returned').length;
  return (
    <Card
      title={t('forms.collectTitle')}
      extra={
        <Space wrap>
          <PeriodPicker period={period} onChange={setPeriod} />
          <Typography.Text>{t('forms.deadline')}</Typography.Text>
          <DateInput ariaLabel={t('forms.deadline')} value={deadline ?? null} onChange={(d) => setDeadline(d ?? undefined)} />
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Space wrap>
          <Button type="primary" data-testid="forms-make" onClick={() => void make()}>
            {t('forms.make')}
          </Button>
          <Button onClick={() => void exportReturns()}>{t('forms.exportReturns')}</Button>
          <Button data-testid="forms-print-letter" disabled={!deadline} onClick={() => void print(`print/forms-letter?period=${period}&deadline=${deadline ?? ''}`)}>
            {t('forms.printLetter')}
          </Button>
          <Button data-testid="forms-print-reminders" onClick={() => void print(`print/forms-reminders?period=${period}${deadline ? `&deadline=${deadline}` : ''}`)}>
            {t('forms.printReminders')}
          </Button>
        </Space>
        <DropZone onFiles={(files) => void onFiles(files)} />
        {result && <ImportResultPanel key={JSON.stringify(result.unmatched)} result={result} unions={rows} onImportPicked={(assignments) => void run(dropped, assignments)} />}
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('forms.tracker')} — <span data-testid="forms-tracker-count">{t('forms.trackerCount', { returned, total: rows.length, missing: rows.length - returned })}</span>
        </Typography.Title>
        <Table<FormStatusRow>
          size="small"
          rowKey="organizationId"
          loading={status.loading}
          dataSource={rows}
          data-testid="forms-tracker"
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('forms.union'), render: (_, r) => `${r.unionCode} ${r.unionName}` },
            {
              title: t('forms.status'),
              width: 170,
              render: (_, r) => (
                <Space size={4}>
                  <Tag color={r.status === 'returned' ? 'green' : 'red'}>{t(`forms.${r.status}`)}</Tag>
                  {r.late && <Tag color="orange">{t('forms.late')}</Tag>}
                </Space>
              ),
            },
            { title: t('forms.returnedAt'), width: 120, render: (_, r) => (r.returnedAt ? formatDateVi(r.returnedAt.slice(0, 10)) : '') },
            { title: t('forms.file'), render: (_, r) => r.file ?? (r.status === 'returned' ? t('forms.typed') : '') },
            {
              width: 200,
              render: (_, r) => (
                <Space>
                  <Button size="small" disabled={r.status === 'missing'} onClick={() => setOpen({ kind: 'figures', id: r.organizationId, name: r.unionName })}>
                    {t('forms.figures')}
                  </Button>
                  <Button size="small" onClick={() => setOpen({ kind: 'typed', id: r.organizationId, name: r.unionName })}>
                    {t('forms.typeIn')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Space>
      {open?.kind === 'figures' && catalogue.data && <UnionFiguresDrawer period={period} union={open} catalogue={catalogue.data} onClose={() => setOpen(null)} />}
      {open?.kind === 'typed' && catalogue.data && (
        <TypedFormDialog
          period={period}
          union={open}
          catalogue={catalogue.data}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            void status.reload();
          }}
        />
      )}
      {jobs.modal}
    </Card>
  );
}
