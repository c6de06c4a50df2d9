import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PAPERS, paperSize, type Paper, type TemplateDraft } from '@shared/certificates/template';

/** Name, paper and orientation of a template. */
export function PaperForm({ draft, onChange }: { draft: TemplateDraft; onChange(patch: Partial<TemplateDraft>): void }) {
  const { t } = useTranslation();
  const landscape = draft.widthMm >= draft.heightMm;
  const setPaper = (paper: Paper, orientation: 'landscape' | 'portrait') =>
    onChange(paper === 'custom' ? { paper } : { paper, ...paperSize(paper, orientation) });
  return (
    <Form layout="inline" size="small" style={{ rowGap: 6 }}>
      <Form.Item label={t('certificates.templates.name')}>
        <Input aria-label={t('certificates.templates.name')} style={{ width: 240 }} value={draft.name} onChange={(e) => onChange({ name: e.target.value })} />
      </Form.Item>
      <Form.Item label={t('certificates.templates.paper')}>
        <Select
          aria-label={t('certificates.templates.paper')}
          style={{ width: 130 }}
          value={draft.paper}
          onChange={(paper) => setPaper(paper, landscape ? 'landscape' : 'portrait')}
          options={PAPERS.map((p) => ({ value: p, label: p === 'custom' ? t('certificates.templates.custom') : p === '400x300' ? '400 × 300 mm' : p }))}
        />
      </Form.Item>
      <Form.Item label={t('certificates.templates.orientation')}>
        <Select<'landscape' | 'portrait'>
          aria-label={t('certificates.templates.orientation')}
          style={{ width: 90 }}
          value={landscape ? 'landscape' : 'portrait'}
          onChange={(o) => (draft.paper === 'custom' ? onChange({ widthMm: draft.heightMm, heightMm: draft.widthMm }) : setPaper(draft.paper, o))}
          options={[
            { value: 'landscape', label: t('certificates.templates.landscape') },
            { value: 'portrait', label: t('certificates.templates.portrait') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('certificates.templates.width')}>
        <InputNumber aria-label={t('certificates.templates.width')} disabled={draft.paper !== 'custom'} min={50} max={2000} value={draft.widthMm} onChange={(v) => v !== null && onChange({ widthMm: v })} />
      </Form.Item>
      <Form.Item label={t('certificates.templates.height')}>
        <InputNumber aria-label={t('certificates.templates.height')} disabled={draft.paper !== 'custom'} min={50} max={2000} value={draft.heightMm} onChange={(v) => v !== null && onChange({ heightMm: v })} />
      </Form.Item>
    </Form>
  );
}
