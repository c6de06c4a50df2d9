import type { Settings } from '@shared/settings/schema';
import { defaultReportRecipients } from '@shared/domain/documents/recipients';
import { officeSymbol } from '@shared/domain/documents/officeSymbol';

type OfficeSettings = Pick<Settings, 'office.upperName' | 'office.name' | 'office.shortName' | 'office.symbol' | 'office.signerName' | 'office.signerTitle'>;

/**
 * "Số: …/BC-CĐP": the number of a report our office prints from a screen. The clerk writes the
 * sequence when the document is registered (Nghị định 30), so it is left open unless one is given.
 */
export function reportNumber(settings: OfficeSettings, given?: string | null): string {
  const number = given?.trim();
  return number || `……/BC-${officeSymbol(settings['office.symbol'], settings['office.shortName'], settings['office.name'])}`;
}

/** Nơi nhận on the left, the office's signer from Cài đặt on the right ("TM. BAN THƯỜNG VỤ" / title / name). */
export function OfficialSignature({ settings, date }: { settings: OfficeSettings; date: string }) {
  return (
    <div className="signature" data-testid="official-signature">
      <div className="recipients" style={{ fontSize: '11pt' }}>
        <div>
          <b>
            <i>Nơi nhận:</i>
          </b>
        </div>
        {defaultReportRecipients(settings['office.upperName'], date).map((line) => (
          <div key={line}>{line}</div>
        ))}
      </div>
      <div className="signer">
        <div>
          <b>TM. BAN THƯỜNG VỤ</b>
        </div>
        <div>
          <b>{(settings['office.signerTitle'] || 'Chủ tịch').toLocaleUpperCase('vi')}</b>
        </div>
        <div style={{ height: '24mm' }} />
        <div>
          <b>{settings['office.signerName']}</b>
        </div>
      </div>
    </div>
  );
}
