import type { ReactNode } from 'react';
import type { Settings } from '@shared/settings/schema';

/**
 * The two-column header of Nghị định 30: issuing union on the left, the national motto on the right;
 * `left` and `right` go under them (the number, the place-and-date line).
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
        <div className="upper">{settings['office.upperName']}</div>
        <div className="upper" style={{ fontWeight: 'bold' }}>
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
