import { useCallback, useEffect, useRef, useState } from 'react';
import { App, Button, Empty, Flex, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { FilePdfOutlined, PictureOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CertificateField, CertificateTemplate, TemplateDraft } from '@shared/certificates/template';
import { defaultBangKhen, defaultGiayKhen } from '@shared/certificates/defaults';
import { call } from '../../api/client';
import { saveExport } from '../../api/files';
import { CertificateCanvas } from './CertificateCanvas';
import { FieldForm } from './FieldForm';
import { PaperForm } from './PaperForm';
import { SampleSource } from './SampleSource';
import { fileToBase64 } from '../../api/fileBase64';
import { toDraft, useBackground, useLayout } from './useLayout';
import { errorText } from '../../api/errorText';

const CANVAS_PX = 860;

/** The visual layout editor: the scan of the blank behind, field boxes dragged in mm, numbers on the side. */
export function TemplateEditor({ onSaved }: { onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [templates, setTemplates] = useState<CertificateTemplate[]>([]);
  const [templateId, setTemplateId] = useState<number | undefined>();
  const [draft, setDraft] = useState<TemplateDraft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [bgVersion, setBgVersion] = useState(0);
  const [sample, setSample] = useState<{ decisionId?: number; awardId?: number }>({});
  const fileInput = useRef<HTMLInputElement>(null);
  const background = useBackground(templateId, bgVersion);
  const { laid } = useLayout(draft, sample);

  const load = useCallback(
    async (keep?: number) => {
      try {
        const list = await call('certificates:templates', {});
        setTemplates(list);
        const current = list.find((x) => x.id === keep) ?? list[0];
        setTemplateId(current?.id);
        setDraft(current ? toDraft(current) : null);
        setDirty(false);
      } catch (error) {
        message.error(errorText(error));
      }
    },
    [message],
  );
  useEffect(() => void load(), [load]);

  const change = (patch: Partial<TemplateDraft>) => {
    setDraft((d) => d && { ...d, ...patch });
    setDirty(true);
  };
  const changeField = (id: string, patch: Partial<CertificateField>) =>
    change({ fields: (draft?.fields ?? []).map((f) => (f.id === id ? { ...f, ...patch } : f)) });

  const save = async () => {
    if (!draft) return;
    try {
      const saved = await call('certificates:saveTemplate', { ...(templateId !== undefined ? { id: templateId } : {}), draft });
      message.success(t('certificates.templates.saved'));
      await load(saved.id);
      onSaved();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const create = async (make: (formKindId: number | null) => TemplateDraft) => {
    try {
      const saved = await call('certificates:saveTemplate', { draft: make(null) });
      await load(saved.id);
      onSaved();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const remove = async () => {
    if (templateId === undefined) return;
    try {
      await call('certificates:deleteTemplate', { id: templateId });
      await load();
      onSaved();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const upload = async (file: File | undefined) => {
    if (!file || templateId === undefined) return;
    try {
      await call('certificates:setBackground', { id: templateId, base64: await fileToBase64(file) });
      setBgVersion((v) => v + 1);
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const clearBackground = async () => {
    if (templateId === undefined) return;
    await call('certificates:setBackground', { id: templateId, base64: null });
    setBgVersion((v) => v + 1);
  };
  const calibrationSheet = async () => {
    if (templateId === undefined) return;
    try {
      await saveExport(
        'trang-hieu-chinh.pdf',
        'pdf',
        (where) => call('certificates:calibrationSheet', { templateId, ...where }),
        (sheet) => void message.success(t('certificates.templates.sheetDone', { width: sheet.widthMm, height: sheet.heightMm, file: sheet.file })),
      );
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const addField = () => {
    if (!draft) return;
    const id = `free-${Date.now().toString(36)}`;
    change({ fields: [...draft.fields, { id, key: 'freeText', xMm: 20, yMm: 20, wMm: 80, hMm: 10, font: 'regular', sizePt: 13, align: 'left', maxLines: 1, text: '' }] });
    setSelected(id);
  };

  const field = draft?.fields.find((f) => f.id === selected);
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <Select
          aria-label={t('certificates.templates.choose')}
          style={{ width: 280 }}
          value={templateId}
          onChange={(id) => void load(id)}
          options={templates.map((x) => ({ value: x.id, label: x.name }))}
        />
        <Button icon={<PlusOutlined />} onClick={() => void create(defaultGiayKhen)}>{t('certificates.templates.newGiayKhen')}</Button>
        <Button icon={<PlusOutlined />} onClick={() => void create(defaultBangKhen)}>{t('certificates.templates.newBangKhen')}</Button>
        <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} onClick={() => void save()}>{t('common.save')}</Button>
        {dirty && <Tag color="orange">{t('certificates.templates.unsaved')}</Tag>}
        <Popconfirm title={t('certificates.templates.deleteConfirm', { name: draft?.name ?? '' })} okText={t('common.yes')} cancelText={t('common.no')} onConfirm={() => void remove()}>
          <Button danger disabled={templateId === undefined}>{t('certificates.templates.deleteTemplate')}</Button>
        </Popconfirm>
      </Flex>
      {!draft ? (
        <Empty />
      ) : (
        <>
          <PaperForm draft={draft} onChange={change} />
          <Flex gap={8} wrap align="center">
            <input ref={fileInput} type="file" accept="image/png,image/jpeg" hidden data-testid="background-input" onChange={(e) => void upload(e.target.files?.[0])} />
            <Button icon={<PictureOutlined />} onClick={() => fileInput.current?.click()}>{t('certificates.templates.uploadBackground')}</Button>
            {background && <Button onClick={() => void clearBackground()}>{t('certificates.templates.removeBackground')}</Button>}
            <Button icon={<FilePdfOutlined />} onClick={() => void calibrationSheet()}>{t('certificates.templates.calibrationSheet')}</Button>
            <Button icon={<PlusOutlined />} onClick={addField}>{t('certificates.templates.addField')}</Button>
            <SampleSource value={sample} onChange={setSample} />
          </Flex>
          <Typography.Text type="secondary">{t('certificates.templates.editorHelp')} {t('certificates.templates.backgroundHelp')}</Typography.Text>
          <Flex gap={12} align="flex-start">
            <CertificateCanvas
              widthMm={draft.widthMm}
              heightMm={draft.heightMm}
              widthPx={CANVAS_PX}
              laid={laid}
              backgroundUrl={background}
              fields={draft.fields}
              selectedId={selected}
              onSelect={setSelected}
              onMove={changeField}
            />
            <div style={{ width: 260 }}>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Select
                  aria-label={t('certificates.templates.fields')}
                  placeholder={t('certificates.templates.fields')}
                  style={{ width: '100%' }}
                  value={selected ?? undefined}
                  onChange={setSelected}
                  options={draft.fields.map((f) => ({ value: f.id, label: t(`certificates.field.keys.${f.key}`) }))}
                />
                {field && (
                  <FieldForm
                    field={field}
                    laid={laid.find((l) => l.fieldId === field.id)}
                    onChange={(patch) => changeField(field.id, patch)}
                    onDelete={() => {
                      change({ fields: draft.fields.filter((f) => f.id !== field.id) });
                      setSelected(null);
                    }}
                  />
                )}
              </Space>
            </div>
          </Flex>
        </>
      )}
    </Flex>
  );
}
