import { Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ALIGNS, FIELD_KEYS, FONT_FACES, type CertificateField } from '@shared/certificates/template';
import type { LaidField } from '@shared/certificates/layout';

interface Props {
  field: CertificateField;
  laid: LaidField | undefined;
  onChange(patch: Partial<CertificateField>): void;
  onDelete(): void;
}

/** The selected field's numbers, to set exactly what dragging sets roughly. */
export function FieldForm({ field, laid, onChange, onDelete }: Props) {
  const { t } = useTranslation();
  const mm = (key: 'xMm' | 'yMm' | 'wMm' | 'hMm', label: string, min: number) => (
    <Form.Item label={label} style={{ marginBottom: 6 }}>
      <InputNumber
        aria-label={label}
        min={min}
        max={2000}
        step={0.5}
        precision={1}
        decimalSeparator=","
        value={field[key]}
        onChange={(v) => v !== null && onChange({ [key]: v })}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={t('certificates.field.key')} style={{ marginBottom: 6 }}>
        <Select
          aria-label={t('certificates.field.key')}
          value={field.key}
          onChange={(key) => onChange({ key })}
          options={FIELD_KEYS.map((k) => ({ value: k, label: t(`certificates.field.keys.${k}`) }))}
        />
      </Form.Item>
      {field.key === 'freeText' && (
        <Form.Item label={t('certificates.field.text')} style={{ marginBottom: 6 }}>
          <Input.TextArea aria-label={t('certificates.field.text')} rows={2} value={field.text} onChange={(e) => onChange({ text: e.target.value })} />
        </Form.Item>
      )}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 8 }}>
        {mm('xMm', t('certificates.field.x'), 0)}
        {mm('yMm', t('certificates.field.y'), 0)}
        {mm('wMm', t('certificates.field.w'), 1)}
        {mm('hMm', t('certificates.field.h'), 1)}
        <Form.Item label={t('certificates.field.size')} style={{ marginBottom: 6 }}>
          <InputNumber aria-label={t('certificates.field.size')} min={4} max={200} step={0.5} value={field.sizePt} onChange={(v) => v !== null && onChange({ sizePt: v })} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('certificates.field.maxLines')} style={{ marginBottom: 6 }}>
          <InputNumber aria-label={t('certificates.field.maxLines')} min={1} max={10} value={field.maxLines} onChange={(v) => v !== null && onChange({ maxLines: v })} style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Form.Item label={t('certificates.field.font')} style={{ marginBottom: 6 }}>
        <Select aria-label={t('certificates.field.font')} value={field.font} onChange={(font) => onChange({ font })} options={FONT_FACES.map((f) => ({ value: f, label: t(`certificates.field.fonts.${f}`) }))} />
      </Form.Item>
      <Form.Item label={t('certificates.field.align')} style={{ marginBottom: 6 }}>
        <Select aria-label={t('certificates.field.align')} value={field.align} onChange={(align) => onChange({ align })} options={ALIGNS.map((a) => ({ value: a, label: t(`certificates.field.aligns.${a}`) }))} />
      </Form.Item>
      {laid?.overflow ? (
        <Typography.Text type="danger">{t('certificates.field.overflow')}</Typography.Text>
      ) : laid?.shrunk ? (
        <Typography.Text type="warning">{t('certificates.field.shrunk', { size: String(laid.sizePt).replace('.', ',') })}</Typography.Text>
      ) : null}
      <div style={{ marginTop: 8 }}>
        <Button danger size="small" icon={<DeleteOutlined />} onClick={onDelete}>
          {t('certificates.templates.deleteField')}
        </Button>
      </div>
    </Form>
  );
}
