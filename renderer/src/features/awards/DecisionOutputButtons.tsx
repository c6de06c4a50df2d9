import { App, Button, Space, Tooltip } from 'antd';
import { FileExcelOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { chooseTarget, deliverFile, fileNameOf, isDesktop } from '../../api/files';

export const decisionPrintRoute = (id: number) => `print/awardDecision?id=${id}`;

/** Print the saved decision, or export it to Word / Excel. Disabled until it is saved. */
export function DecisionOutputButtons({ id, number, dirty }: { id: number | undefined; number: string; dirty: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const disabled = id === undefined || dirty;

  const print = async () => {
    if (id === undefined) return;
    const route = decisionPrintRoute(id);
    if (!isDesktop()) {
      window.open(`#/${route}`, '_blank');
      return;
    }
    try {
      await call('print:document', { route, mode: 'printer' });
    } catch (error) {
      message.error((error as Error).message);
    }
  };

  const exportAs = async (kind: 'docx' | 'xlsx') => {
    if (id === undefined) return;
    try {
      const base = `quyet-dinh-${number.replace(/[^\p{L}\p{N}]+/gu, '-')}.${kind}`;
      const target = await chooseTarget(base, kind);
      if (target === null) return;
      const input = { id, ...(target ? { target } : {}) };
      const { file } = kind === 'docx' ? await call('export:awardDecisionDocx', input) : await call('export:awardDecisionXlsx', input);
      message.success(t('awards.output.exported', { file: fileNameOf(file) }));
      await deliverFile(file);
    } catch (error) {
      message.error((error as Error).message);
    }
  };

  return (
    <Tooltip title={disabled ? t('awards.editor.needSave') : undefined}>
      <Space.Compact>
        <Button icon={<PrinterOutlined />} disabled={disabled} onClick={() => void print()}>
          {t('awards.output.print')}
        </Button>
        <Button icon={<FileWordOutlined />} disabled={disabled} onClick={() => void exportAs('docx')}>
          {t('awards.output.word')}
        </Button>
        <Button icon={<FileExcelOutlined />} disabled={disabled} onClick={() => void exportAs('xlsx')}>
          {t('awards.output.excel')}
        </Button>
      </Space.Compact>
    </Tooltip>
  );
}
