import { useCallback } from 'react';
import type { DecisionDetail } from '@shared/awards/model';
import { decisionText } from '@shared/awards/decisionText';
import { call } from '../../../api/client';
import { useAppStore } from '../../../stores/appStore';
import { usePrintReady } from '../../usePrintReady';
import { DocumentHeader } from '../DocumentHeader';
import './decisionPrint.css';
import { useLoad } from '../../../components/useLoad';

/** Quyết định khen thưởng (Nghị định 30 layout) with its attached list: #/print/awardDecision?id=N */
export function DecisionPrint({ params }: { params: URLSearchParams }) {
  const settings = useAppStore((state) => state.settings);
  const id = Number(params.get('id'));
  const { data: detail, error } = useLoad<DecisionDetail | null>(useCallback(() => call('awardDecisions:get', { id }), [id]), null, { showError: false });
  usePrintReady(detail !== null && settings !== null);
  if (error) return <div className="print-page">{error}</div>;
  if (!detail || !settings) return null;
  const text = decisionText(detail, { upperName: settings['office.upperName'], officeName: settings['office.name'], placeName: settings['office.placeName'] });

  const list = (
    <>
      <div className="title">{text.listTitle}</div>
      <div className="subtitle">{text.listSubtitle}</div>
      <table className="print-list">
        <thead>
          <tr>
            <th style={{ width: '6%' }}>TT</th>
            <th style={{ width: '25%' }}>Họ và tên / Tập thể</th>
            <th style={{ width: '22%' }}>Đơn vị</th>
            <th>Thành tích</th>
            <th style={{ width: '14%' }}>Số tiền (đồng)</th>
          </tr>
        </thead>
        <tbody>
          {text.rows.map((row) => (
            <tr key={row.no}>
              <td style={{ textAlign: 'center' }}>{row.no}</td>
              <td>{row.name}</td>
              <td>{row.unit}</td>
              <td>{row.achievement}</td>
              <td className="num">{row.amount}</td>
            </tr>
          ))}
          <tr>
            <td />
            <td>
              <b>Tổng cộng</b>
            </td>
            <td />
            <td />
            <td className="num">
              <b>{text.total}</b>
            </td>
          </tr>
        </tbody>
      </table>
      <p>
        <b>Bằng chữ:</b> <i>{text.totalInWords}</i>
      </p>
    </>
  );
  if (text.isRecord) {
    // An upper level's decision: its list only, under our header; never its căn cứ, articles or Nơi nhận.
    return (
      <div className="print-page official-page award-decision" data-testid="upper-decision-list">
        <DocumentHeader className="doc-head" settings={{ 'office.upperName': text.upperName, 'office.name': text.officeName }} />
        {list}
      </div>
    );
  }

  return (
    <div className="print-page official-page award-decision">
      <DocumentHeader
        className="doc-head"
        settings={{ 'office.upperName': text.upperName, 'office.name': text.officeName }}
        left={<div className="number doc-number">{text.numberLine}</div>}
        right={<div className="date-line">{text.dateLine}</div>}
      />
      <div className="doc-title">QUYẾT ĐỊNH</div>
      <div className="doc-title" style={{ marginTop: 0 }}>
        {text.subject}
      </div>
      <div className="issuer">{text.issuerLine}</div>
      {text.bases.map((b, i) => (
        <p className="basis" key={i}>
          {b}
        </p>
      ))}
      <div className="decides">QUYẾT ĐỊNH:</div>
      {text.articles.map((a, i) => (
        <p className="para" key={i}>
          <b>{a.slice(0, a.indexOf('.') + 1)}</b>
          {a.slice(a.indexOf('.') + 1)}
        </p>
      ))}
      <div className="signature">
        <div className="to">
          <b>
            <i>Nơi nhận:</i>
          </b>
          {text.recipientsTo.map((r, i) => (
            <div key={i}>{r}</div>
          ))}
        </div>
        <div className="signer">
          <div>{text.signerBlock}</div>
          <div>{text.signerTitle}</div>
          <div className="sign-space" />
          <div>{text.signerName}</div>
        </div>
      </div>

      <div className="page-break">{list}</div>
    </div>
  );
}
