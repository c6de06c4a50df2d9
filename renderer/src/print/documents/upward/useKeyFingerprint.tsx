import { useEffect, useState } from 'react';
import { fingerprintLine } from '@shared/upward/fingerprint';
import { call } from '../../../api/client';

/** The office key's fingerprint for a printout: `ready` once asked (a printout waits for it), null before a key exists. */
export function useKeyFingerprint(): { ready: boolean; grouped: string | null } {
  const [state, setState] = useState<{ ready: boolean; grouped: string | null }>({ ready: false, grouped: null });
  useEffect(() => {
    let alive = true;
    call('upward:fingerprint', {}).then(
      (r) => alive && setState({ ready: true, grouped: r.grouped }),
      () => alive && setState({ ready: true, grouped: null }),
    );
    return () => {
      alive = false;
    };
  }, []);
  return state;
}

/** The fingerprint line printed at the end of a document (the tờ trình), matching the package sent upward. */
export function KeyFingerprintLine({ grouped }: { grouped: string | null }) {
  if (!grouped) return null;
  return <p style={{ fontSize: '10pt', fontStyle: 'italic', textIndent: 0, marginTop: '12pt' }}>{fingerprintLine(grouped)}</p>;
}
