import { useRef, useState } from 'react';
import { InboxOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Many files at once: dropped, or chosen in the file dialog. */
export function DropZone({ onFiles }: { onFiles(files: File[]): void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      role="button"
      tabIndex={0}
      data-testid="forms-drop"
      onClick={() => input.current?.click()}
      onKeyDown={(event) => event.key === 'Enter' && input.current?.click()}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onFiles([...event.dataTransfer.files]);
      }}
      style={{ border: `2px dashed ${over ? '#c41d1d' : '#d9d9d9'}`, borderRadius: 8, padding: 20, textAlign: 'center', cursor: 'pointer', background: '#fafafa' }}
    >
      <InboxOutlined style={{ fontSize: 32, color: '#999' }} />
      <Typography.Paragraph style={{ margin: 0 }}>{t('forms.drop')}</Typography.Paragraph>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,.xls"
        hidden
        data-testid="forms-files"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
