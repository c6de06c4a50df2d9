import type { ReactNode } from 'react';
import type { Settings } from '@shared/settings/schema';

/**
 * The two-column header of Nghị định 30: issuing union on the left, the national motto on the right;
 * `left` and `right` go under them (the number, the place-and-date line). The type sizes of the upper body,
 * the issuer and "Số:" (class `doc-number`) come from OFFICIAL_PAGE_CSS.
 */
export function DocumentHeader({
  settings,
  left,
  right,
  className = 'print-header',
}: {
  settings: Pick<Settings, 'office.upperName' | 'office.name'>;
  left?: ReactNode;
  right?: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <div>
        <div className="upper upper-body">{settings['office.upperName']}</div>
        <div className="upper issuer" style={{ fontWeight: 'bold' }}>
          {settings['office.name']}
        </div>
        {left}
      </div>
      <div>
        <div className="motto country" style={{ fontWeight: 'bold' }}>
          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        </div>
        <div className="motto" style={{ fontWeight: 'bold', textDecoration: 'underline' }}>
          Độc lập - Tự do - Hạnh phúc
        </div>
        {right}
      </div>
    </div>
  );
}
