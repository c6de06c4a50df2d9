import { useCallback, useEffect, useState } from 'react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetDetail } from '@shared/clusters/model';
import { isValidIsoDate } from '@shared/domain/format/date';
import { call } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { FormModal } from '../../components/FormModal';
import { useDefaultDate } from '../../components/useDefaultDate';
import { useAppStore } from '../../stores/appStore';
import { LOAD_NOTHING, useLoad } from '../../components/useLoad';
import type { TextKeyUnder } from '../../i18n/types';

/** The chair of the cluster's leading unit (our own signer when the leader is our office), else empty. */
async function leaderSigner(detail: SheetDetail, ownSigner: string): Promise<string> {
  if (detail.sheet.clusterId === null) return '';
  const cluster = await call('clusters:get', { id: detail.sheet.clusterId });
  const leader = cluster.members.find((m) => m.role === 'leader');
  if (!leader) return '';
  if (leader.isOwnOffice) return ownSigner;
  return leader.organizationId !== null ? (await call('unions:get', { id: leader.organizationId })).chairName : '';
}

/** Asks who signs under "CỤM TRƯỞNG" and on which date, then prints the ranking with them. */
export function RankingPrintDialog({ detail, open, onClose, onPrint }: { detail: SheetDetail; open: boolean; onClose(): void; onPrint(route: string): void }) {
  const { t } = useTranslation();
  const ownSigner = useAppStore((s) => s.settings?.['office.signerName']) ?? '';
  const defaultDate = useDefaultDate();
  const [date, setDate] = useState<string | null>(defaultDate);
  const [signer, setSigner] = useState('');
  useEffect(() => {
    if (open) setDate(defaultDate);
  }, [open, defaultDate]);
  const fetchSigner = useCallback(() => leaderSigner(detail, ownSigner).catch(() => ''), [detail, ownSigner]);
  const { data: leader } = useLoad<string>(open ? fetchSigner : LOAD_NOTHING, '', { showError: false });
  useEffect(() => setSigner(leader), [leader, open]);
  const k = (key: TextKeyUnder<'clusters.ranking.printDialog'>) => t(`clusters.ranking.printDialog.${key}`);
  const valid = date !== null && isValidIsoDate(date);
  const submit = () => {
    if (!valid) return;
    onPrint(`print/clusters-ranking?${new URLSearchParams({ id: String(detail.sheet.id), date, signer: signer.trim() }).toString()}`);
  };
  return (
    <FormModal open={open} title={k('title')} dirty={false} onClose={onClose} onSubmit={submit} okText={k('print')} width={480}>
      <Form layout="vertical" component="div">
        <Form.Item label={k('date')} htmlFor="ranking-print-date" required validateStatus={valid ? '' : 'error'}>
          <DateInput id="ranking-print-date" ariaLabel={k('date')} value={date} onChange={setDate} status={valid ? '' : 'error'} />
        </Form.Item>
        <Form.Item label={k('signer')} htmlFor="ranking-print-signer" extra={k('signerHint')}>
          <Input id="ranking-print-signer" aria-label={k('signer')} value={signer} maxLength={120} onChange={(e) => setSigner(e.target.value)} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
