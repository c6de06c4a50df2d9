import { useCallback } from 'react';
import { formatDateLine } from '@shared/domain/documents/dateLine';
import { todayIso } from '@shared/domain/format/date';
import { formsLetter } from '@shared/grassrootsForms/letterText';
import { call } from '../../../api/client';
import { useAppStore } from '../../../stores/appStore';
import { usePrintReady } from '../../usePrintReady';
import { DocumentHeader } from '../DocumentHeader';
import { useLoad } from '../../../components/useLoad';

/** The công văn that goes out with the Mẫu 1 forms, asking for them back by the deadline. */
export function FormsLetterPrint({ params }: { params: URLSearchParams }) {
  const settings = useAppStore((state) => state.settings);
  const period = params.get('period') ?? '';
  const deadline = params.get('deadline') ?? '';
  const fetch = useCallback(() => call('forms:status', { period }).then((rows) => rows.length), [period]);
  const { data: unions } = useLoad<number | null>(fetch, null, { showError: false });
  usePrintReady(unions !== null && settings !== null);
  if (unions === null || !settings) return null;
  const x = formsLetter({ name: settings['office.name'], shortName: settings['office.shortName'], symbol: settings['office.symbol'] }, period, deadline, unions);
  return (
    <div className="print-page official-page">
      <DocumentHeader
        settings={settings}
        left={
          <>
            <div className="doc-number" style={{ marginTop: '4pt' }}>{x.number}</div>
            <div style={{ fontSize: '12pt' }}>{x.subject}</div>
          </>
        }
        right={<div style={{ fontStyle: 'italic', marginTop: '8pt' }}>{formatDateLine(settings['office.placeName'], todayIso())}</div>}
      />
      <p className="addressee" style={{ textAlign: 'center' }}>Kính gửi: {x.addressee}</p>
      {x.paragraphs.map((text) => (
        <p key={text} className="para">{text}</p>
      ))}
      <div className="signature">
        <div className="recipients">
          <div><b><i>Nơi nhận:</i></b></div>
          {x.recipients.map((r) => (
            <div key={r}>- {r};</div>
          ))}
        </div>
        <div className="signer">
          <div><b>TM. BAN THƯỜNG VỤ</b></div>
          <div><b>CHỦ TỊCH</b></div>
          <div className="sign-space" />
        </div>
      </div>
    </div>
  );
}
