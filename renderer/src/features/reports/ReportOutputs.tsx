import { App, Button, Space } from 'antd';
import { FileExcelOutlined, FilePdfOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReportExportFormat } from '@shared/reports/model';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { chooseTarget, isDesktop, saveExport } from '../../api/files';
import { usePrintDocument } from '../../components/usePrintDocument';
import { WordTemplateMenu } from '../../components/WordTemplateMenu';

/** Print preview, exports (.docx, .xlsx, .pdf) and the Word template of the report shown (draft or a version). */
export function ReportOutputs({ year, version, beforeOutput }: { year: number; version: number | null; beforeOutput?: () => Promise<boolean> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const printDocument = usePrintDocument();
  const route = `print/report?year=${year}${version ? `&version=${version}` : ''}`;

  /** The draft's pending edits saved first, so the output has what is on screen. */
  const saved = async () => {
    if (!beforeOutput || (await beforeOutput())) return true;
    message.error(t('reports.notSavedYet'));
    return false;
  };

  const exportAs = async (format: ReportExportFormat) => {
    try {
      if (!(await saved())) return;
      const name = `bao-cao-tong-ket-${year}${version ? `-v${version}` : ''}.${format}`;
      if (format === 'pdf' && isDesktop()) {
        const target = await chooseTarget(name, format);
        if (target === null) return;
        const printed = await call('print:document', { route, mode: 'pdf', ...(target ? { target } : {}) });
        if (printed.file) message.success(t('reports.exported', { file: printed.file }));
        return;
      }
      await saveExport(
        name,
        format,
        (where) => call('reports:export', { year, format, ...(version ? { version } : {}), ...where }),
        (result) => void message.success(t('reports.exported', { file: result.file })),
      );
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const print = async () => {
    if (await saved()) await printDocument(route);
  };

  return (
    <Space.Compact>
      <Button icon={<PrinterOutlined />} onClick={() => void print()}>
        {t('reports.print')}
      </Button>
      <Button icon={<FileWordOutlined />} onClick={() => void exportAs('docx')}>
        {t('reports.exportDocx')}
      </Button>
      <Button icon={<FilePdfOutlined />} onClick={() => void exportAs('pdf')}>
        {t('reports.exportPdf')}
      </Button>
      <Button icon={<FileExcelOutlined />} onClick={() => void exportAs('xlsx')}>
        {t('reports.exportXlsx')}
      </Button>
      <WordTemplateMenu kind="report" />
    </Space.Compact>
  );
}
