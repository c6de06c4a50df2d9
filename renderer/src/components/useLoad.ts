import { useCallback, useEffect, useRef, useState } from 'react';
import { App } from 'antd';
import { errorText } from '../api/errorText';

export interface LoadOptions {
  /** `false`: the failure is not shown as a message but returned as `error`, for the screen to show itself (print pages). */
  showError?: boolean;
  /** A value that changes when the data changed elsewhere (a save, a new upload): the same `fetch` runs again. */
  reloadKey?: unknown;
}

/** What a closed dialog, or a screen with nothing chosen yet, loads: nothing; the data stays as it was. */
export const LOAD_NOTHING = null;

/**
 * Data a screen shows: loaded with `fetch` on mount and whenever `fetch` changes (give it a
 * `useCallback` over what it reads), `loading` while it runs, a failure shown as a message and
 * kept in `error`. Call `reload()` after a save to show the saved data. `fetch` null: nothing to load.
 */
export function useLoad<T>(
  fetch: (() => Promise<T>) | typeof LOAD_NOTHING,
  initial: T,
  { showError = true, reloadKey }: LoadOptions = {},
): { data: T; loading: boolean; error: string | null; reload(): Promise<void> } {
  const { message } = App.useApp();
  const [data, setData] = useState<T>(initial);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  // Only the latest load may show its result: a slow answer for the year left behind must not
  // overwrite the year now chosen, nor land after the screen is gone.
  const latest = useRef(0);
  useEffect(
    () => () => {
      latest.current++;
    },
    [],
  );
  const reload = useCallback(async () => {
    const run = ++latest.current;
    if (!fetch) return setLoading(false);
    setLoading(true);
    try {
      const result = await fetch();
      if (run === latest.current) {
        setData(result);
        setError(null);
      }
    } catch (failure) {
      if (run !== latest.current) return;
      const text = errorText(failure);
      setError(text);
      if (showError) void message.error(text);
    } finally {
      if (run === latest.current) setLoading(false);
    }
  }, [fetch, message, showError]);
  useEffect(() => void reload(), [reload, reloadKey]);
  return { data, loading, error, reload };
}
