import { useCallback } from 'react';
import { App } from 'antd';
import { call } from '../api/client';
import { errorText } from '../api/errorText';
import { isDesktop } from '../api/files';

export interface PrintDocumentOptions {
  /** The browser opens the route in a tab of its own, so the screen it was printed from stays open. */
  newTab?: boolean;
}

/**
 * Prints a print route (`print/<doc>?…`): Electron prints it in a hidden window (`print:document`);
 * without Electron the route is opened and the browser prints it from there.
 */
export async function printDocument(route: string, onError: (text: string) => void, { newTab = false }: PrintDocumentOptions = {}): Promise<void> {
  if (!isDesktop()) {
    if (newTab) window.open(`#/${route}`, '_blank');
    else window.location.hash = `#/${route}`;
    return;
  }
  try {
    await call('print:document', { route, mode: 'printer' });
  } catch (error) {
    onError(errorText(error));
  }
}

/** `printDocument` with its errors shown as a message. */
export function usePrintDocument() {
  const { message } = App.useApp();
  return useCallback(
    (route: string, options?: PrintDocumentOptions) => printDocument(route, (text) => void message.error(text), options),
    [message],
  );
}
