import { App, Button, Space, Tooltip } from 'antd';
import { FileExcelOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { fileNameOf, saveExport } from '../../api/files';
import { usePrintDocument } from '../../components/usePrintDocument';
import { WordTemplateMenu } from '../../components/WordTemplateMenu';
import { errorText } from '../../api/errorText';

export const decisionPrintRoute = (id: number) => `print/awardDecision?id=${id}`;

/** Print the saved decision, or export it to Word / Excel. Disabled until it is saved. */
/** An upper level's decision (`record`) prints its list only and has no Word decision. */
export function DecisionOutputButtons({ id, number, dirty, record }: { id: number | undefined; number: string; dirty: boolean; record: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const printDocument = usePrintDocument();
  const disabled = id === undefined || dirty;

  const print = async () => {
    if (id === undefined) return;
    await printDocument(decisionPrintRoute(id), { newTab: true });
  };

  const exportAs = async (kind: 'docx' | 'xlsx') => {
    if (id === undefined) return;
    try {
      const base = `quyet-dinh-${number.replace(/[^\p{L}\p{N}]+/gu, '-')}.${kind}`;
      await saveExport(
        base,
        kind,
        (where) => (kind === 'docx' ? call('export:awardDecisionDocx', { id, ...where }) : call('export:awardDecisionXlsx', { id, ...where })),
        ({ file }) => void message.success(t('awards.output.exported', { file: fileNameOf(file) })),
      );
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <Tooltip title={disabled ? t('awards.editor.needSave') : undefined}>
      <Space.Compact>
        <Button icon={<PrinterOutlined />} disabled={disabled} onClick={() => void print()}>
          {record ? t('awards.output.printList') : t('awards.output.print')}
        </Button>
        {!record && (
          <Button icon={<FileWordOutlined />} disabled={disabled} onClick={() => void exportAs('docx')}>
            {t('awards.output.word')}
          </Button>
        )}
        {!record && <WordTemplateMenu kind="decision" />}
        <Button icon={<FileExcelOutlined />} disabled={disabled} onClick={() => void exportAs('xlsx')}>
          {t('awards.output.excel')}
        </Button>
      </Space.Compact>
    </Tooltip>
  );
}
