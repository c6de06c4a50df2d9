import { useEffect, useRef, useState } from 'react';
import { App, Button, Dropdown } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { fileToBase64 } from '../../api/fileBase64';
import { errorText } from '../../api/errorText';

/** The Word template of the cover letter: the bundled default, or the office's own edited copy. */
export function LetterTemplateMenu() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [custom, setCustom] = useState<boolean | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    call('proposals:templateStatus', {}).then((s) => setCustom(s.custom), () => undefined);
  }, []);

  const replace = async (file: File | undefined) => {
    if (!file) return;
    try {
      setCustom((await call('proposals:templateReplace', { fileName: file.name, base64: await fileToBase64(file) })).custom);
      message.success(t('proposals.template.replaced', { file: file.name }));
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const restore = () => {
    modal.confirm({
      title: t('proposals.template.restoreConfirm'),
      okText: t('proposals.template.restore'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setCustom((await call('proposals:templateRestore', {})).custom);
        message.success(t('proposals.template.restored'));
      },
    });
  };

  return (
    <>
      <Dropdown
        menu={{
          items: [
            { key: 'status', disabled: true, label: custom ? t('proposals.template.custom') : t('proposals.template.default') },
            { key: 'replace', label: t('proposals.template.replace'), onClick: () => input.current?.click() },
            { key: 'restore', label: t('proposals.template.restore'), disabled: !custom, onClick: restore },
          ],
        }}
      >
        <Button icon={<SettingOutlined />} aria-label={t('proposals.template.menu')} />
      </Dropdown>
      <input ref={input} type="file" accept=".docx" hidden aria-label={t('proposals.template.replace')}
        onChange={(e) => { void replace(e.target.files?.[0]); e.target.value = ''; }} />
    </>
  );
}
