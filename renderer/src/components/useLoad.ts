import { useCallback, useEffect, useState } from 'react';
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
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await fetch());
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setLoading(false);
    }
  }, [fetch, message]);
  useEffect(() => void reload(), [reload]);
  return { data, loading, reload };
}
