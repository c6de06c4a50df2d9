import type { Settings } from '@shared/settings/schema';

/** The two-column header of Nghị định 30: issuing union on the left, the national motto on the right. */
export function DocumentHeader({ settings }: { settings: Settings }) {
  return (
    <div className="print-header">
      <div>
        <div className="upper">{settings['office.upperName']}</div>
        <div className="upper" style={{ fontWeight: 'bold' }}>
          {settings['office.name']}
        </div>
      </div>
      <div>
        <div style={{ fontWeight: 'bold' }}>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
        <div style={{ fontWeight: 'bold', textDecoration: 'underline' }}>Độc lập - Tự do - Hạnh phúc</div>
      </div>
    </div>
  );
}
