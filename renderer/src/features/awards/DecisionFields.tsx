import { Button, Col, Form, Input, Radio, Row, Select, Tooltip } from 'antd';
import { NumberOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ISSUER_LEVELS, type AwardKind } from '@shared/awards/model';
import { DateInput } from '../../components/DateInput';
import type { EditorDraft } from './decisionForm';
import { FOLDED_SEARCH } from '../../components/foldedSearch';

export interface CampaignOption {
  id: number;
  name: string;
}

/** The decision's own fields: number, date, issuer, kind, campaign, default form/title, subject, signer. */
export function DecisionFields({
  draft,
  kinds,
  campaigns,
  errors,
  onChange,
  onNextNumber,
}: {
  draft: EditorDraft;
  kinds: AwardKind[];
  campaigns: CampaignOption[];
  errors: Partial<Record<'number' | 'decidedOn' | 'kind', string>>;
  onChange(patch: Partial<EditorDraft>): void;
  onNextNumber(): void;
}) {
  const { t } = useTranslation();
  const options = (category: 'title' | 'form') => [
    { value: 0, label: t('awards.editor.none') },
    ...kinds.filter((k) => k.category === category && (k.active || k.id === draft.formKindId || k.id === draft.titleKindId)).map((k) => ({ value: k.id, label: k.name })),
  ];
  const own = draft.issuerLevel === 'own_office';
  return (
    <Form layout="vertical" size="small" component="div">
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item label={t('awards.editor.number')} required htmlFor="award-number" validateStatus={errors.number ? 'error' : ''} help={errors.number}>
            <Input
              id="award-number"
              value={draft.number}
              placeholder="123/QĐ-LĐLĐ"
              onChange={(e) => onChange({ number: e.target.value })}
              suffix={
                own ? (
                  <Tooltip title={t('awards.editor.nextNumber')}>
                    <Button size="small" type="text" icon={<NumberOutlined />} aria-label={t('awards.editor.nextNumber')} onClick={onNextNumber} />
                  </Tooltip>
                ) : undefined
              }
            />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label={t('awards.editor.date')} required htmlFor="award-date" validateStatus={errors.decidedOn ? 'error' : ''} help={errors.decidedOn}>
            <DateInput id="award-date" ariaLabel={t('awards.editor.date')} value={draft.decidedOn} onChange={(decidedOn) => onChange({ decidedOn })} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label={t('awards.editor.level')} htmlFor="award-level">
            <Select
              id="award-level"
              value={draft.issuerLevel}
              onChange={(issuerLevel) => onChange({ issuerLevel })}
              options={ISSUER_LEVELS.map((l) => ({ value: l, label: t(`awards.issuer.${l}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={t('awards.editor.scope')}>
            <Radio.Group
              value={draft.scope}
              onChange={(e) => onChange({ scope: e.target.value as EditorDraft['scope'] })}
              options={(['all_round', 'thematic'] as const).map((s) => ({ value: s, label: t(`awards.scope.${s}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        {!own && (
          <Col span={8}>
            <Form.Item label={t('awards.editor.issuerName')} htmlFor="award-issuer">
              <Input id="award-issuer" value={draft.issuerName} placeholder={t('awards.editor.issuerNamePlaceholder')} onChange={(e) => onChange({ issuerName: e.target.value })} />
            </Form.Item>
          </Col>
        )}
        <Col span={own ? 8 : 5}>
          <Form.Item label={t('awards.editor.form')} htmlFor="award-form" validateStatus={errors.kind ? 'error' : ''} help={errors.kind}>
            <Select id="award-form" showSearch={FOLDED_SEARCH} value={draft.formKindId ?? 0} onChange={(v) => onChange({ formKindId: v || null })} options={options('form')} />
          </Form.Item>
        </Col>
        <Col span={own ? 8 : 5}>
          <Form.Item label={t('awards.editor.titleKind')} htmlFor="award-title">
            <Select id="award-title" showSearch={FOLDED_SEARCH} value={draft.titleKindId ?? 0} onChange={(v) => onChange({ titleKindId: v || null })} options={options('title')} />
          </Form.Item>
        </Col>
        <Col span={own ? 8 : 6}>
          <Form.Item label={t('awards.editor.campaign')} htmlFor="award-campaign">
            <Select
              id="award-campaign"
            showSearch={FOLDED_SEARCH}
              value={draft.campaignId ?? 0}
              onChange={(v) => onChange({ campaignId: v || null })}
              options={[{ value: 0, label: t('awards.editor.noCampaign') }, ...campaigns.map((c) => ({ value: c.id, label: c.name }))]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={24}>
          <Form.Item label={t('awards.editor.subject')} htmlFor="award-subject">
            <Input id="award-subject" value={draft.subject} placeholder="Về việc khen thưởng …" onChange={(e) => onChange({ subject: e.target.value })} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label={t('awards.editor.signerBlock')} htmlFor="award-block">
            <Input id="award-block" value={draft.signerBlock} placeholder="TM. BAN THƯỜNG VỤ" onChange={(e) => onChange({ signerBlock: e.target.value })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={t('awards.editor.signerTitle')} htmlFor="award-signer-title">
            <Input id="award-signer-title" value={draft.signerTitle} placeholder="CHỦ TỊCH" onChange={(e) => onChange({ signerTitle: e.target.value })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={t('awards.editor.signerName')} htmlFor="award-signer">
            <Input id="award-signer" value={draft.signerName} onChange={(e) => onChange({ signerName: e.target.value })} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
