import { useCallback, useEffect, useRef, useState } from 'react';
import { App } from 'antd';
import { errorText } from '../api/errorText';

/**
 * Data a screen shows: loaded with `fetch` on mount and whenever `fetch` changes (give it a
 * `useCallback` over what it reads), `loading` while it runs, a failure shown as a message.
 */
export function useLoad<T>(fetch: () => Promise<T>, initial: T): { data: T; loading: boolean; reload(): Promise<void> } {
  const { message } = App.useApp();
  const [data, setData] = useState<T>(initial);
  const [loading, setLoading] = useState(true);
  // Only the latest load may show its result: a slow answer for the year left behind must not
  // overwrite the year now chosen.
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const run = ++latest.current;
    setLoading(true);
    try {
      const result = await fetch();
      if (run === latest.current) setData(result);
    } catch (error) {
      if (run === latest.current) void message.error(errorText(error));
    } finally {
      if (run === latest.current) setLoading(false);
    }
  }, [fetch, message]);
  useEffect(() => void reload(), [reload]);
  return { data, loading, reload };
}
