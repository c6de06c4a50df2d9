import { contract, type Channel, type ParsedInput } from './contract';
import type { Locale } from '../i18n/locale';
import type { z } from 'zod';
import { zodErrorMap, zodIssueMessage } from './zodIssueMessage';

const errorMaps = { vi: zodErrorMap('vi'), en: zodErrorMap('en') };

export type ValidationOutcome<C extends Channel> =
  | { ok: true; value: ParsedInput<C> }
  | { ok: false; reason: string; issues: { path: string; message: string }[] };

/** Parses a channel's input with messages in the user's language. */
export function validateInput<C extends Channel>(name: C, input: unknown, locale: Locale): ValidationOutcome<C> {
  const parsed = contract[name].input.safeParse(input ?? {}, { error: errorMaps[locale], reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data as ParsedInput<C> };
  // Written again through the one mapping: a schema's own message ('12 digits', 'YYYY-MM-DD') is for
  // programmers and never reaches the user.
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: zodIssueMessage(issue as z.core.$ZodRawIssue, locale),
  }));
  // The messages name their fields already: the raw path stays in `issues` for the log, never in the text.
  const reason = [...new Set(issues.map((i) => i.message))].join(' ');
  return { ok: false, reason, issues };
}
