import { useEffect, useState } from 'react';
import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDefaultDate } from '../../components/useDefaultDate';
import type { UpperDecision } from '@shared/proposals/model';
import { DateInput } from '../../components/DateInput';
import { FormModal } from '../../components/FormModal';

function useBusy() {
  const [busy, setBusy] = useState(false);
  const wrap = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  return { busy, wrap };
}

/** The upper level's decision that approves the selected rows: its number and date. */
export function ApproveDialog({ open, count, onClose, onOk }: { open: boolean; count: number; onClose(): void; onOk(decision: UpperDecision): Promise<void> }) {
  const defaultDate = useDefaultDate();
  const { t } = useTranslation();
  const [value, setValue] = useState<UpperDecision>({ number: '', decidedOn: defaultDate, issuerName: '', signerName: '', signerTitle: '', subject: '' });
  const { busy, wrap } = useBusy();
  useEffect(() => {
    if (open) setValue((v) => ({ ...v, number: '' }));
  }, [open]);
  const valid = value.number.trim() !== '' && value.decidedOn !== '';
  const submit = () => valid && void wrap(() => onOk(value));
  return (
    <FormModal open={open} title={t('proposals.approve.title', { count })} okText={t('proposals.approve.ok')} saving={busy} dirty={value.number.trim() !== ''} onSubmit={submit} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('proposals.approve.help')}</Typography.Paragraph>
      <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Form component={false} layout="vertical" size="small">
          <Form.Item label={t('proposals.approve.number')} required>
            <Input autoFocus aria-label={t('proposals.approve.number')} placeholder="1234/QĐ-LĐLĐ" value={value.number} onChange={(e) => setValue({ ...value, number: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('proposals.approve.date')} required>
            <DateInput ariaLabel={t('proposals.approve.date')} value={value.decidedOn} onChange={(d) => setValue({ ...value, decidedOn: d ?? '' })} />
          </Form.Item>
          <Form.Item label={t('proposals.approve.issuerName')}>
            <Input aria-label={t('proposals.approve.issuerName')} value={value.issuerName} onChange={(e) => setValue({ ...value, issuerName: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('proposals.approve.subject')}>
            <Input aria-label={t('proposals.approve.subject')} placeholder={t('proposals.approve.subjectPlaceholder')} value={value.subject} onChange={(e) => setValue({ ...value, subject: e.target.value })} />
          </Form.Item>
        </Form>
      </form>
    </FormModal>
  );
}

export function RejectDialog({ open, count, onClose, onOk }: { open: boolean; count: number; onClose(): void; onOk(reason: string): Promise<void> }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { busy, wrap } = useBusy();
  useEffect(() => {
    if (open) setReason('');
  }, [open]);
  const submit = () => reason.trim() !== '' && void wrap(() => onOk(reason.trim()));
  return (
    <FormModal open={open} title={t('proposals.reject.title', { count })} okText={t('proposals.reject.ok')} danger saving={busy} dirty={reason.trim() !== ''} onSubmit={submit} onClose={onClose}>
      <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Form component={false} layout="vertical" size="small">
          <Form.Item label={t('proposals.reject.reason')} required>
            <Input autoFocus aria-label={t('proposals.reject.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Form.Item>
        </Form>
      </form>
    </FormModal>
  );
}
