/** The envelope every IPC call returns, whichever host carries it. */
export type { ErrorCode } from '../i18n/errors';
import type { ErrorCode } from '../i18n/errors';

export interface AppErrorShape {
  code: ErrorCode;
  /** Already in the user's language. */
  message: string;
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppErrorShape): Result<never> => ({ ok: false, error });
