import type { Locale } from '../../../../shared/i18n/locale';
import type { Channel, Input, Output } from '../../../../shared/ipc/contract';
import type { Backend } from '../../backend';
import { cliMessage, type CliMessage } from './messages';

/** A failure to report as one line on stderr. `usage` failures exit with 2, others with 1. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export interface CommandContext {
  readonly command: string;
  readonly positionals: string[];
  readonly values: Record<string, string | boolean | undefined>;
  readonly locale: Locale;
  readonly json: boolean;
  backend(): Backend;
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  message(key: CliMessage, params?: Record<string, unknown>): string;
  usageError(key: CliMessage, params?: Record<string, unknown>): CliFailure;
  integer(option: string, fallback: number): number;
}

export interface Command {
  options?: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  /** Returns the JSON result; `text` is what a person sees without --json. */
  run(cx: CommandContext): Promise<{ json: unknown; text: string; exitCode?: number }>;
}

export function usageError(locale: Locale, key: CliMessage, params?: Record<string, unknown>): CliFailure {
  return new CliFailure(cliMessage(locale, key, params), 2);
}
