import { useCallback, useState } from 'react';
import { App } from 'antd';
import { errorText } from '../api/errorText';

/**
 * A save button's state: `saving` while the work runs, then the `saved` message, or the error's
 * text when it fails.
 */
export function useSaving() {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const runSave = useCallback(
    async (work: () => Promise<void>, saved?: string) => {
      setSaving(true);
      try {
        await work();
        if (saved) void message.success(saved);
      } catch (error) {
        void message.error(errorText(error));
      } finally {
        setSaving(false);
      }
    },
    [message],
  );
  return { saving, runSave };
}
