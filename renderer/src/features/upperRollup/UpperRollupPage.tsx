import { useCallback, useRef, useState } from 'react';
import { App, Button, Flex, InputNumber, Tabs } from 'antd';
import { FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LowerOfficeRow, Rollup, UpperImportResult } from '@shared/upperRollup/model';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { saveExport } from '../../api/files';
import { useLoad } from '../../components/useLoad';
import { useWorkingYear } from '../../components/useWorkingYear';
import { ImportResultView } from './ImportResultView';
import { importPackageFiles } from './importPackages';
import { OfficesTab } from './OfficesTab';
import { ProposalsTab } from './ProposalsTab';
import { RollupTab } from './RollupTab';
import { PageHeader } from '../../components/PageHeader';

/** Tổng hợp cấp dưới: lower offices and deadlines, packages imported many at once, the roll-up grid and its export. */
export function UpperRollupPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [year, setYear] = useWorkingYear();
  const [result, setResult] = useState<UpperImportResult | null>(null);
  const chosen = useRef<File[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const { data, loading, reload } = useLoad(
    useCallback(async () => ({ offices: await call('upper:offices', { year }), rollup: await call('upper:rollup', { year }) }), [year]),
    null as { offices: LowerOfficeRow[]; rollup: Rollup } | null,
  );

  const importFiles = async (files: File[], repin: string[] = []) => {
    try {
      setResult(await importPackageFiles(files, repin));
      await reload();
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  const repin = (file: string, office: string) => {
    modal.confirm({
      title: t('upperRollup.repin', { office }),
      content: t('upperRollup.repinConfirm'),
      onOk: () => importFiles(chosen.current.filter((f) => f.name === file), [office]),
    });
  };
  const exportXlsx = () =>
    saveExport(
      `tong-hop-cap-duoi-${year}.xlsx`,
      'xlsx',
      (where) => call('upper:export', { year, ...where }),
      (r) => void message.success(t('upperRollup.exported', { file: r.file })),
    ).catch((error: unknown) => void message.error(errorText(error)));

  return (
    <Flex vertical gap={12}>
      <PageHeader title={t('upperRollup.title')} beside={<InputNumber aria-label={t('upward.year')} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} style={{ width: 90 }} />}>
        <Button type="primary" icon={<InboxOutlined />} onClick={() => input.current?.click()}>
          {t('upperRollup.import')}
        </Button>
        <Button icon={<FileExcelOutlined />} onClick={() => void exportXlsx()}>
          {t('upperRollup.export')}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".zip"
          multiple
          hidden
          data-testid="packages-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            chosen.current = files;
            if (files.length) void importFiles(files);
          }}
        />
      </PageHeader>
      {result && <ImportResultView result={result} onRepin={repin} />}
      <Tabs
        items={[
          { key: 'offices', label: t('upperRollup.tabs.offices'), children: <OfficesTab year={year} offices={data?.offices ?? []} loading={loading} onChanged={() => void reload()} /> },
          { key: 'rollup', label: t('upperRollup.tabs.rollup'), children: <RollupTab rollup={data?.rollup ?? null} loading={loading} /> },
          { key: 'proposals', label: t('upperRollup.tabs.proposals'), children: <ProposalsTab key={`${year}-${data?.offices.map((o) => o.revision).join()}`} year={year} /> },
        ]}
      />
    </Flex>
  );
}
