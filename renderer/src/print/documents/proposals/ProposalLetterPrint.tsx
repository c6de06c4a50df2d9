import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '@shared/proposals/model';
import type { Settings } from '@shared/settings/schema';
import { letterTexts } from '@shared/proposals/letterText';
import { proposalListRows } from '@shared/proposals/listRows';
import { call } from '../../../api/client';
import { useAppStore } from '../../../stores/appStore';
import { usePrintReady } from '../../usePrintReady';
import { DocumentHeader } from '../DocumentHeader';
import { KeyFingerprintLine, useKeyFingerprint } from '../upward/useKeyFingerprint';
import './proposalPrint.css';
import { useLoad } from '../../../components/useLoad';

/** The cover letter (tờ trình, NĐ 30) and, on a new page, the list it sends up. */
export function ProposalLetterPrint({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const settings = useAppStore((s) => s.settings);
  const id = Number(params.get('id'));
  // Once sent, the copy that went up (and the office's settings it was printed with); never today's rows.
  const fetch = useCallback(async (): Promise<{ proposal: Proposal | null; sentSettings: Settings | null }> => {
    const sent = await call('proposals:sentCopy', { id });
    return sent ? { proposal: sent.proposal, sentSettings: sent.settings } : { proposal: await call('proposals:get', { id }), sentSettings: null };
  }, [id]);
  const {
    data: { proposal, sentSettings },
    error,
  } = useLoad(fetch, { proposal: null, sentSettings: null }, { showError: false });
  const key = useKeyFingerprint();
  usePrintReady(proposal !== null && settings !== null && key.ready);
  if (error) return <p>{error}</p>;
  if (!proposal || !settings) return null;
  const x = letterTexts(proposal, sentSettings ?? settings, new Date());
  const rows = proposalListRows(proposal);

  return (
    <div className="print-page official-page proposal-print">
      <DocumentHeader
        settings={{ 'office.upperName': x.upperName, 'office.name': x.officeName }}
        left={<div className="doc-number" style={{ marginTop: '4pt' }}>Số: {x.number}</div>}
        right={<div style={{ fontStyle: 'italic', marginTop: '8pt' }}>{x.dateLine}</div>}
      />
      <div className="title">TỜ TRÌNH</div>
      <div className="title" style={{ marginTop: 0 }}>{x.title}</div>
      <p className="addressee">Kính gửi: {x.addressee}</p>
      {x.paragraphs.map((text, i) => (
        <p key={i} className="para">{text}</p>
      ))}
      <div className="signature">
        <div className="recipients">
          <div><b><i>Nơi nhận:</i></b></div>
          {x.recipientLines.map((r) => (
            <div key={r}>{r}</div>
          ))}
        </div>
        <div className="signer">
          <div><b>{x.signerBlock}</b></div>
          <div><b>{x.signerTitle}</b></div>
          <div className="sign-space" />
          <div><b>{x.signerName}</b></div>
        </div>
      </div>
      <KeyFingerprintLine grouped={key.grouped} />
      <div className="page-break">
        <div className="title">{t('proposals.print.listTitle')}</div>
        <div className="subtitle">{x.listSubtitle}</div>
        <table className="print-list">
          <thead>
            <tr>
              <th style={{ width: '6%' }}>TT</th>
              <th style={{ width: '22%' }}>Họ và tên / Tên tập thể</th>
              <th style={{ width: '20%' }}>Chức vụ, đơn vị</th>
              <th>Thành tích</th>
              <th style={{ width: '14%' }}>Hình thức đề nghị</th>
              <th style={{ width: '8%' }}>Ghi chú</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} style={r.section ? { fontWeight: 'bold' } : undefined}>
                <td style={{ textAlign: 'center' }}>{r.tt}</td>
                <td>{r.name}</td>
                <td>{r.unit}</td>
                <td>{r.achievement}</td>
                <td>{r.form}</td>
                <td>{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
