import { useEffect, useRef, useState } from 'react';
import { App, Button, Dropdown } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorText } from '../api/errorText';
import { fileToBase64 } from '../api/fileBase64';

type TemplateCalls = {
  status: () => Promise<{ custom: boolean }>;
  replace: (fileName: string, base64: string) => Promise<{ custom: boolean }>;
  restore: () => Promise<{ custom: boolean }>;
};

/** Each document's template channels (electron/backend/documents/wordTemplates.ts behind all of them). */
const TEMPLATE_CALLS = {
  report: {
    status: () => call('reports:templateStatus', {}),
    replace: (fileName, base64) => call('reports:templateReplace', { fileName, base64 }),
    restore: () => call('reports:templateRestore', {}),
  },
  decision: {
    status: () => call('awardDecisions:templateStatus', {}),
    replace: (fileName, base64) => call('awardDecisions:templateReplace', { fileName, base64 }),
    restore: () => call('awardDecisions:templateRestore', {}),
  },
  proposalLetter: {
    status: () => call('proposals:templateStatus', {}),
    replace: (fileName, base64) => call('proposals:templateReplace', { fileName, base64 }),
    restore: () => call('proposals:templateRestore', {}),
  },
} satisfies Record<string, TemplateCalls>;

/** Where each kind's texts live (the same keys in each). */
const TEXTS = { report: 'reports.template', decision: 'awards.template', proposalLetter: 'proposals.template' } as const;

/** The Word template of a document: the bundled default, or the office's own edited copy. */
export function WordTemplateMenu({ kind }: { kind: keyof typeof TEMPLATE_CALLS }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [custom, setCustom] = useState<boolean | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const calls: TemplateCalls = TEMPLATE_CALLS[kind];
  const texts = TEXTS[kind];

  useEffect(() => {
    calls.status().then((s) => setCustom(s.custom), () => undefined);
  }, [calls]);

  const replace = async (file: File | undefined) => {
    if (!file) return;
    try {
      setCustom((await calls.replace(file.name, await fileToBase64(file))).custom);
      message.success(t(`${texts}.replaced`, { file: file.name }));
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const restore = () => {
    modal.confirm({
      title: t(`${texts}.restoreConfirm`),
      okText: t(`${texts}.restore`),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          setCustom((await calls.restore()).custom);
          message.success(t(`${texts}.restored`));
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });
  };

  return (
    <>
      <Dropdown
        menu={{
          items: [
            { key: 'status', disabled: true, label: custom ? t(`${texts}.custom`) : t(`${texts}.default`) },
            { key: 'replace', label: t(`${texts}.replace`), onClick: () => input.current?.click() },
            { key: 'restore', label: t(`${texts}.restore`), disabled: !custom, onClick: restore },
          ],
        }}
      >
        <Button icon={<SettingOutlined />} aria-label={t(`${texts}.menu`)} />
      </Dropdown>
      <input ref={input} type="file" accept=".docx" hidden aria-label={t(`${texts}.replace`)}
        onChange={(e) => { void replace(e.target.files?.[0]); e.target.value = ''; }} />
    </>
  );
}
