import { CHANNELS, type Channel } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/ipc/result';
import { validateInput } from '../../shared/ipc/validate';
import { errorMessage } from '../../shared/i18n/errors';
import { isLocale, type Locale } from '../../shared/i18n/locale';

export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** Failures main makes itself (a stopped worker, a refused file choice): worded here, where the language is known. */
const MAIN_OWN_CODES = new Set<string>(['BACKEND_RESTARTED', 'FILE_TARGET_UNKNOWN', 'FILE_TARGET_PROTECTED', 'FILE_SOURCE_UNKNOWN', 'FILE_SOURCE_LIVE']);

export interface IpcDeps {
  ipcMain: IpcMainLike;
  invoke(channel: Channel, input: unknown): Promise<Result<unknown>>;
  isTrustedUrl(url: string): boolean;
}

/**
 * One handler per contract channel: the sender must be our own page, the input must match the
 * channel's schema; only then does the call reach the backend worker.
 */
export function registerIpcHandlers({ ipcMain, invoke, isTrustedUrl }: IpcDeps): () => void {
  let locale: Locale = 'vi';
  const rememberLocale = (value: unknown) => {
    const language = (value as { 'ui.language'?: unknown } | null)?.['ui.language'];
    if (isLocale(language)) locale = language;
  };

  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) {
        return fail({ code: 'FORBIDDEN', message: errorMessage(locale, 'FORBIDDEN', { reason: url || 'no frame' }) });
      }
      const checked = validateInput(channel, input, locale);
      if (!checked.ok) {
        return fail({
          code: 'VALIDATION',
          message: errorMessage(locale, 'VALIDATION', { reason: checked.reason }),
          details: { issues: checked.issues },
        });
      }
      const result = await invoke(channel, checked.value);
      if (!result.ok && MAIN_OWN_CODES.has(result.error.code)) {
        const { code, details } = result.error;
        return fail({ code, message: errorMessage(locale, code, (details ?? {})), ...(details ? { details } : {}) });
      }
      if (result.ok && (channel === 'settings:get' || channel === 'settings:update')) rememberLocale(result.value);
      return result;
    });
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

