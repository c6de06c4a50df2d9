import type { AppErrorShape, ErrorCode } from '../../../shared/ipc/result';
import { errorMessage } from '../../../shared/i18n/errors';
import type { Locale } from '../../../shared/i18n/locale';
import { systemProblem } from './plainReason';

/** A failure the user can act on; the message is made in their language when it is reported. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
  ) {
    super(errorMessage('en', code, params));
    this.name = 'AppError';
  }

  toShape(locale: Locale): AppErrorShape {
    return { code: this.code, message: errorMessage(locale, this.code, this.params), details: this.params };
  }
}

/** `known.path`: the path to name when the failure names none (SQLite's "unable to open database file"). */
export function toErrorShape(error: unknown, locale: Locale, known: { path?: string } = {}): AppErrorShape {
  if (error instanceof AppError) return error.toShape(locale);
  const problem = systemProblem(error);
  if (problem) return new AppError(problem.code, { ...problem.params, path: problem.params.path || known.path || '' }).toShape(locale);
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: errorMessage(locale, 'INTERNAL', { reason }), details: { reason } };
}
