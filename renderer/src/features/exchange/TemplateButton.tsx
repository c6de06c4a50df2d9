import { App, Button } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TemplateKind } from '@shared/exchange/import';
import { call } from '../../api/client';
import { isDesktop, saveExport } from '../../api/files';
import { useSaving } from '../../components/useSaving';

/** "Tải mẫu trống": a blank workbook whose headers are exactly what the import of `kind` reads. */
export function TemplateButton({ kind, size }: { kind: TemplateKind; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { saving, runSave } = useSaving();
  const download = async () => {
    await runSave(async () => {
      await saveExport(
        t('exchange.template.fileName', { kind }),
        'xlsx',
        (where) => call('import:template', { kind, ...where }),
        ({ file }) => void (isDesktop() && message.success(t('exchange.check.savedTo', { file }))),
      );
    });
  };
  return (
    <Button size={size} icon={<FileAddOutlined />} loading={saving} onClick={() => void download()} data-testid={`template-${kind}`}>
      {t('exchange.template.download')}
    </Button>
  );
}
