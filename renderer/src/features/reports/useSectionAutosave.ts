import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';

const DELAY_MS = 800;
export const pendingKey = (year: number) => `uniondesk.report.${year}.pending`;

export type SaveStatus = { state: 'idle' | 'dirty' | 'saving' | 'saved' | 'failed'; at?: string; message?: string };

function readPending(year: number): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(pendingKey(year)) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * Autosave of the narrative: edits are kept in localStorage at once (so closing the app loses
 * nothing) and sent to the backend after a pause, on route change and on beforeunload.
 */
export function useSectionAutosave(year: number, onSaved?: () => void) {
  const pending = useRef<Record<string, string>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });

  const inflight = useRef<Promise<void>>(Promise.resolve());

  const send = useCallback(async () => {
    const batch = pending.current;
    const sections = Object.entries(batch).map(([key, html]) => ({ key, html }));
    if (sections.length === 0) return;
    pending.current = {};
    setStatus({ state: 'saving' });
    try {
      const result = await call('reports:saveSections', { year, sections });
      const stored = readPending(year);
      for (const s of sections) if (stored[s.key] === s.html) delete stored[s.key];
      window.localStorage.setItem(pendingKey(year), JSON.stringify(stored));
      setStatus({ state: Object.keys(pending.current).length ? 'dirty' : 'saved', at: result.updatedAt });
      onSaved?.();
    } catch (error) {
      pending.current = { ...batch, ...pending.current };
      setStatus({ state: 'failed', message: errorText(error) });
    }
  }, [year, onSaved]);

  /**
   * Sends what is pending; resolves once every save so far has finished (so a reload sees it), to
   * true when the backend has every edit, false when one is still unsaved (the save failed).
   */
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    inflight.current = inflight.current.then(send);
    return inflight.current.then(() => Object.keys(pending.current).length === 0);
  }, [send]);

  const change = useCallback(
    (key: string, html: string) => {
      pending.current[key] = html;
      window.localStorage.setItem(pendingKey(year), JSON.stringify({ ...readPending(year), [key]: html }));
      setStatus({ state: 'dirty' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    },
    [year, flush],
  );

  /** Edits kept locally but never sent (the app was closed mid-save): send them now. */
  const recover = useCallback((): Record<string, string> => {
    const stored = readPending(year);
    if (Object.keys(stored).length === 0) return {};
    Object.assign(pending.current, stored);
    void flush();
    return stored;
  }, [year, flush]);

  useEffect(() => {
    const beforeUnload = () => void flush();
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('hashchange', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('hashchange', beforeUnload);
      void flush();
    };
  }, [flush]);

  return { change, flush, recover, status };
}
