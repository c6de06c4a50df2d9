import { useEffect, useState } from 'react';
import { App, Button, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROPOSAL_LEVELS, PROPOSAL_SCOPES, type Proposal, type ProposalDraft, type ProposalOptions } from '@shared/proposals/model';
import { todayIso } from '@shared/domain/format/date';
import { defaultDateInYear } from '@shared/domain/format/typedDate';
import { call } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { FormModal } from '../../components/FormModal';
import { useFormDraft } from '../../components/useFormDraft';
import { FOLDED_SEARCH } from '../../components/foldedSearch';
import { errorText } from '../../api/errorText';

type Values = Omit<ProposalDraft, 'year'>;

function initialValues(proposal: Proposal | null, year: number): Values {
  if (proposal) {
    const { id, formName, titleName, campaignName, items, warnings, year, ...draft } = proposal;
    void [id, formName, titleName, campaignName, items, warnings, year];
    return draft;
  }
  return {
    number: '',
    submittedOn: defaultDateInYear(year, todayIso()),
    toIssuerLevel: 'province',
    formKindId: null,
    titleKindId: null,
    scope: 'all_round',
    campaignId: null,
    subject: '',
    body: '',
    addressee: '',
    recipients: 'Như trên\nLưu: VT',
    signerName: '',
    signerTitle: 'CHỦ TỊCH',
    signerBlock: 'TM. BAN THƯỜNG VỤ',
    themeCap: 4,
  };
}

/** The proposal's header: to whom, which form/title, all-round or thematic, the cover letter's texts. */
export function ProposalForm({ open, year, proposal, options, onClose, onSaved }: {
  open: boolean;
  year: number;
  proposal: Proposal | null;
  options: ProposalOptions | null;
  onClose(): void;
  onSaved(proposal: Proposal): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [restored, setRestored] = useState(false);
  // A proposal is a long letter: what is typed is kept as a draft until it is saved or thrown away.
  const draft = useFormDraft<Values>(open ? `proposal.${proposal?.id ?? `new.${year}`}` : null);
  const close = () => {
    if (dirty) draft.clear(); // reached only after "Bỏ thay đổi"; an untouched draft stays on offer
    onClose();
  };
  const restore = () => {
    if (!draft.found) return;
    form.setFieldsValue(draft.found.values);
    setRestored(true);
    setDirty(true);
  };
  const level = Form.useWatch('toIssuerLevel', form);
  const scope = Form.useWatch('scope', form);

  useEffect(() => {
    if (!open) return;
    setDirty(false);
    setRestored(false);
    form.resetFields();
    form.setFieldsValue(initialValues(proposal, year));
    if (!proposal) call('proposals:suggestNumber', { year }).then(({ number }) => form.setFieldValue('number', number), () => undefined);
  }, [open, proposal, year, form]);

  const save = async (values: Values) => {
    if (values.formKindId == null && values.titleKindId == null) {
      message.error(t('proposals.form.needKind'));
      return;
    }
    setBusy(true);
    try {
      const saved = await call('proposals:save', { ...(proposal ? { id: proposal.id } : {}), draft: { ...values, year: proposal?.year ?? year } });
      message.success(t('proposals.form.saved'));
      draft.clear();
      onSaved(saved);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const kinds = (category: 'form' | 'title') =>
    (options?.kinds ?? []).filter((k) => k.category === category && (!level || k.issuerLevel === level)).map((k) => ({ value: k.id, label: k.name }));
  return (
    <FormModal
      open={open}
      width={860}
      title={proposal ? t('proposals.form.titleEdit', { number: proposal.number }) : t('proposals.form.titleNew')}
      dirty={dirty}
      saving={busy}
      onClose={close}
      onSubmit={() => form.submit()}
      extra={
        draft.found && !restored ? (
          <Space size={4}>
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('inputs.dialog.draftFound', { when: draft.found.savedAt })}
            </Typography.Text>
            <Button size="small" type="link" onClick={restore}>
              {t('inputs.dialog.restoreDraft')}
            </Button>
          </Space>
        ) : undefined
      }
    >
      <Form
        form={form}
        layout="vertical"
        size="small"
        onFinish={(v) => void save(v)}
        requiredMark={false}
        onValuesChange={() => {
          setDirty(true);
          draft.keep(form.getFieldsValue(true) as Values);
        }}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label={t('proposals.form.number')}>
              <Space.Compact style={{ width: '100%' }}>
                <Form.Item name="number" noStyle>
                  <Input aria-label={t('proposals.form.number')} autoFocus />
                </Form.Item>
                <Button onClick={() => void call('proposals:suggestNumber', { year }).then(({ number }) => form.setFieldValue('number', number))}>{t('proposals.form.suggest')}</Button>
              </Space.Compact>
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="submittedOn" label={t('proposals.form.submittedOn')}>
              <DateInput ariaLabel={t('proposals.form.submittedOn')} value={undefined} onChange={() => undefined} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="toIssuerLevel" label={t('proposals.form.to')}>
              <Select aria-label={t('proposals.form.to')} options={PROPOSAL_LEVELS.map((l) => ({ value: l, label: t(`proposals.level.${l}`) }))}
                onChange={() => form.setFieldsValue({ formKindId: null, titleKindId: null })} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="formKindId" label={t('proposals.form.formKind')}>
              <Select allowClear showSearch={FOLDED_SEARCH} aria-label={t('proposals.form.formKind')} options={kinds('form')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="titleKindId" label={t('proposals.form.titleKind')}>
              <Select allowClear showSearch={FOLDED_SEARCH} aria-label={t('proposals.form.titleKind')} options={kinds('title')} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="scope" label={t('proposals.form.scope')}>
              <Select aria-label={t('proposals.form.scope')} options={PROPOSAL_SCOPES.map((s) => ({ value: s, label: t(`proposals.scope.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="campaignId" label={t('proposals.form.campaign')}>
              <Select allowClear showSearch={FOLDED_SEARCH} aria-label={t('proposals.form.campaign')} options={(options?.campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="themeCap" label={t('proposals.form.themeCap')}>
              <InputNumber aria-label={t('proposals.form.themeCap')} min={0} max={1000} disabled={scope !== 'thematic'} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="subject" label={t('proposals.form.subject')}>
              <Input aria-label={t('proposals.form.subject')} placeholder={t('proposals.form.subjectPlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="addressee" label={t('proposals.form.addressee')}>
              <Input aria-label={t('proposals.form.addressee')} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="body" label={t('proposals.form.body')}>
              <Input.TextArea aria-label={t('proposals.form.body')} autoSize={{ minRows: 2, maxRows: 8 }} />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item name="recipients" label={t('proposals.form.recipients')}>
              <Input.TextArea aria-label={t('proposals.form.recipients')} autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="signerBlock" label={t('proposals.form.signerBlock')}>
              <Input aria-label={t('proposals.form.signerBlock')} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="signerTitle" label={t('proposals.form.signerTitle')}>
              <Input aria-label={t('proposals.form.signerTitle')} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="signerName" label={t('proposals.form.signerName')}>
              <Input aria-label={t('proposals.form.signerName')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
