import { z } from 'zod';
import { contract, type Channel, type ParsedInput } from './contract';
import type { Locale } from '../i18n/locale';

const localeErrors = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };

export type ValidationOutcome<C extends Channel> =
  | { ok: true; value: ParsedInput<C> }
  | { ok: false; reason: string; issues: { path: string; message: string }[] };

/** Parses a channel's input with messages in the user's language. */
export function validateInput<C extends Channel>(name: C, input: unknown, locale: Locale): ValidationOutcome<C> {
  const parsed = contract[name].input.safeParse(input ?? {}, { error: localeErrors[locale] });
  if (parsed.success) return { ok: true, value: parsed.data as ParsedInput<C> };
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const reason = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return { ok: false, reason, issues };
}
