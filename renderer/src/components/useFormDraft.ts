import { useCallback, useMemo, useRef } from 'react';
import { formatDateVi, todayIso } from '@shared/domain/format/date';

const PREFIX = 'uniondesk.draft.';

export interface StoredDraft<V> {
  values: V;
  /** When it was written, as the user reads it: 07/12/2026 16:42. */
  savedAt: string;
}

function stamp(now: Date): string {
  const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  return `${formatDateVi(todayIso(now))} ${time}`;
}

/** Reads the draft kept under `key`, or null when there is none or it cannot be read. */
export function readDraft<V>(key: string): StoredDraft<V> | null {
  try {
    const text = globalThis.localStorage?.getItem(PREFIX + key);
    return text ? (JSON.parse(text) as StoredDraft<V>) : null;
  } catch {
    return null;
  }
}

/**
 * A long form's unsaved values kept in localStorage as they are typed, so that a crash or a
 * closed window does not lose them; the form offers them back when it opens again.
 */
export function useFormDraft<V>(key: string | null) {
  const found = useMemo(() => (key ? readDraft<V>(key) : null), [key]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const keep = useCallback(
    (values: V) => {
      if (!key) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const draft: StoredDraft<V> = { values, savedAt: stamp(new Date()) };
        globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(draft));
      }, 300);
    },
    [key],
  );
  const clear = useCallback(() => {
    clearTimeout(timer.current);
    if (key) globalThis.localStorage?.removeItem(PREFIX + key);
  }, [key]);
  return { found, keep, clear };
}
