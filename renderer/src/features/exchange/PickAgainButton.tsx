import { useRef } from 'react';
import { Button } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** "Chọn lại tệp": opens the file dialog straight away, for a list just corrected in Excel. */
export function PickAgainButton({ onPick, disabled }: { onPick(file: File): void; disabled?: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xls"
        hidden
        data-testid="pick-again-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onPick(file);
        }}
      />
      <Button icon={<ReloadOutlined />} disabled={disabled} onClick={() => input.current?.click()}>
        {t('exchange.nav.pickAgain')}
      </Button>
    </>
  );
}
