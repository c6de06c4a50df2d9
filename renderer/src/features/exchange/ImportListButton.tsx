import { Button } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ListImportKind } from '@shared/exchange/import';
import { navigate } from '../../app/routes';

/** "Nhập từ Excel" on a campaign list (or a criteria table): the import wizard for that kind and target. */
export function ImportListButton({ kind, targetId }: { kind: ListImportKind; targetId: number }) {
  const { t } = useTranslation();
  return (
    <Button size="small" icon={<UploadOutlined />} onClick={() => navigate('import', { kind, target: targetId })} data-testid={`import-${kind}`}>
      {t('exchange.fromExcel')}
    </Button>
  );
}
