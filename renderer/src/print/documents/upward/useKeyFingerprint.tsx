import { useCallback } from 'react';
import { fingerprintLine } from '@shared/upward/fingerprint';
import { call } from '../../../api/client';
import { useLoad } from '../../../components/useLoad';

/** The office key's fingerprint for a printout: `ready` once asked (a printout waits for it), null before a key exists. */
export function useKeyFingerprint(): { ready: boolean; grouped: string | null } {
  const fetch = useCallback(
    () =>
      call('upward:fingerprint', {}).then(
        (r) => ({ ready: true, grouped: r.grouped }),
        () => ({ ready: true, grouped: null }),
      ),
    [],
  );
  return useLoad<{ ready: boolean; grouped: string | null }>(fetch, { ready: false, grouped: null }, { showError: false }).data;
}

/** The fingerprint line printed at the end of a document (the tờ trình), matching the package sent upward. */
export function KeyFingerprintLine({ grouped }: { grouped: string | null }) {
  if (!grouped) return null;
  return <p style={{ fontSize: '10pt', fontStyle: 'italic', textIndent: 0, marginTop: '12pt' }}>{fingerprintLine(grouped)}</p>;
}
