import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FilePickButton } from '../../components/FilePickButton';

/** "Chọn lại tệp": opens the file dialog straight away, for a list just corrected in Excel. */
export function PickAgainButton({ onPick, disabled }: { onPick(file: File): void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <FilePickButton accept=".xlsx,.xls" icon={<ReloadOutlined />} testId="pick-again-input" disabled={disabled} onPick={onPick}>
      {t('exchange.nav.pickAgain')}
    </FilePickButton>
  );
}
