import { useEffect, useState } from 'react';
import { Button, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportHeader } from '@shared/reports/model';
import { formatDateLine } from '@shared/domain/documents/dateLine';
import { call } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { useFormDraft } from '../../components/useFormDraft';
import { useSaving } from '../../components/useSaving';

/** The header written once per report: number, date, recipients, signer, cut-off. */
export function HeaderForm({ year, header, suggestedNumber, readOnly, onSaved }: { year: number; header: ReportHeader; suggestedNumber: string; readOnly: boolean; onSaved(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ReportHeader>(header);
  const { saving, runSave } = useSaving();
  // What is typed here survives a crash or reload until it is saved.
  const kept = useFormDraft<ReportHeader>(readOnly ? null : `report.header.${year}`);
  const [draftOffered, setDraftOffered] = useState(true);
  const { keep } = kept;
  useEffect(() => {
    if (draft !== header) keep(draft);
  }, [draft, header, keep]);
  const set = <K extends keyof ReportHeader>(key: K, value: ReportHeader[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const save = async () => {
    await runSave(async () => {
      await call('reports:saveHeader', { year, header: { ...draft, recipients: draft.recipients.map((r) => r.trim()).filter(Boolean) } });
      kept.clear();
      setDraftOffered(false);
      onSaved();
    }, t('reports.header.saved'));
  };
  return (
    <Form layout="vertical" size="small" disabled={readOnly} onFinish={() => void save()} style={{ maxWidth: 900 }}>
      {kept.found && draftOffered && (
        <Space size={4} style={{ marginBottom: 8 }}>
          <Typography.Text type="warning">{t('inputs.dialog.draftFound', { when: kept.found.savedAt })}</Typography.Text>
          <Button
            size="small"
            type="link"
            onClick={() => {
              if (kept.found) setDraft(kept.found.values);
              setDraftOffered(false);
            }}
          >
            {t('inputs.dialog.restoreDraft')}
          </Button>
        </Space>
      )}
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label={t('reports.header.number')} htmlFor="report-number" extra={draft.number !== suggestedNumber && <Button type="link" size="small" onClick={() => set('number', suggestedNumber)}>{t('reports.header.useSuggested')} ({suggestedNumber})</Button>}>
            <Input id="report-number" value={draft.number} onChange={(e) => set('number', e.target.value)} placeholder={suggestedNumber} />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item label={t('reports.header.placeName')} htmlFor="report-placeName">
            <Input id="report-placeName" value={draft.placeName} onChange={(e) => set('placeName', e.target.value)} />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item label={t('reports.header.issuedOn')} htmlFor="report-issuedOn">
            <DateInput id="report-issuedOn" value={draft.issuedOn} onChange={(v) => set('issuedOn', v)} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label={t('reports.header.cutoffOn')} htmlFor="report-cutoffOn">
            <DateInput id="report-cutoffOn" value={draft.cutoffOn} onChange={(v) => set('cutoffOn', v)} />
          </Form.Item>
        </Col>
      </Row>
      {draft.issuedOn && (
        <Typography.Paragraph italic data-testid="report-date-line">
          {t('reports.header.dateLine')}: {formatDateLine(draft.placeName, draft.issuedOn)}
        </Typography.Paragraph>
      )}
      <Form.Item label={t('reports.header.title')} htmlFor="report-title">
        <Input.TextArea id="report-title" autoSize value={draft.title} onChange={(e) => set('title', e.target.value)} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label={t('reports.header.recipients')} htmlFor="report-recipients">
            <Input.TextArea id="report-recipients" autoSize={{ minRows: 4 }} value={draft.recipients.join('\n')} onChange={(e) => set('recipients', e.target.value.split('\n'))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('reports.header.signerBlock')} htmlFor="report-signerBlock">
            <Input id="report-signerBlock" value={draft.signerBlock} onChange={(e) => set('signerBlock', e.target.value)} />
          </Form.Item>
          <Form.Item label={t('reports.header.signerTitle')} htmlFor="report-signerTitle">
            <Input id="report-signerTitle" value={draft.signerTitle} onChange={(e) => set('signerTitle', e.target.value)} />
          </Form.Item>
          <Form.Item label={t('reports.header.signerName')} htmlFor="report-signerName">
            <Input id="report-signerName" value={draft.signerName} onChange={(e) => set('signerName', e.target.value)} />
          </Form.Item>
        </Col>
      </Row>
      {!readOnly && (
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('reports.header.save')}
        </Button>
      )}
    </Form>
  );
}
