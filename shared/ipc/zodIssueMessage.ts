import type { z } from 'zod';
import { formatNumber } from '../domain/format/number';
import { fieldLabel } from '../i18n/fieldLabels';
import { interpolate, type Locale } from '../i18n/locale';
import { validationMessages } from '../i18n/validationMessages';

type Issue = z.core.$ZodRawIssue;
type MessageKey = keyof (typeof validationMessages)['vi'];

/** The label a form shows for the field at a path, when it knows one. */
export type LabelOf = (path: readonly PropertyKey[]) => string | undefined;

// Years and small limits read better without a thousands dot (2000, not 2.000).
const bound = (value: unknown) => (typeof value === 'number' && Math.abs(value) >= 10_000 ? formatNumber(value) : String(value));

function sizeKey(issue: Issue, big: boolean): { key: MessageKey; limit: unknown } {
  const origin = 'origin' in issue ? issue.origin : undefined;
  const limit = big ? (issue as { maximum?: unknown }).maximum : (issue as { minimum?: unknown }).minimum;
  if (origin === 'string') {
    if (!big && Number(limit) <= 1) return { key: 'required', limit };
    return { key: big ? 'tooLongText' : 'tooShortText', limit };
  }
  if (origin === 'array' || origin === 'set' || origin === 'map' || origin === 'file') return { key: big ? 'tooManyItems' : 'tooFewItems', limit };
  return { key: big ? 'tooBigNumber' : 'tooSmallNumber', limit };
}

function messageKey(issue: Issue): { key: MessageKey; params?: Record<string, string> } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return { key: 'required' };
      if (issue.expected === 'int') return { key: 'notWhole' };
      return { key: 'invalidType' };
    case 'too_big': {
      const { key, limit } = sizeKey(issue, true);
      return { key, params: { max: bound(limit) } };
    }
    case 'too_small': {
      const { key, limit } = sizeKey(issue, false);
      return { key, params: { min: bound(limit) } };
    }
    case 'invalid_format':
      return { key: 'invalidFormat' };
    case 'invalid_value':
      return { key: 'invalidValue' };
    case 'not_multiple_of':
      return { key: 'notMultipleOf', params: { divisor: bound(issue.divisor) } };
    case 'unrecognized_keys':
      return { key: 'unrecognizedKeys' };
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return { key: 'invalid' };
  }
}

/**
 * One zod issue as a sentence in the user's language that names the field as the form labels it
 * ("Số quyết định: tối đa 60 ký tự."), with the row number for a field inside a list.
 */
export function zodIssueMessage(issue: Issue, locale: Locale, labelOf?: LabelOf): string {
  const path = issue.path ?? [];
  const { key, params } = messageKey(issue);
  const catalogue = validationMessages[locale];
  const field = labelOf?.(path) ?? fieldLabel(path, locale);
  const message = interpolate(catalogue[key], { field, ...params });
  const index = path.find((part): part is number => typeof part === 'number');
  return index === undefined ? message : interpolate(catalogue.row, { row: index + 1, message });
}

/** A zod error map that writes every issue through zodIssueMessage. */
export function zodErrorMap(locale: Locale, labelOf?: LabelOf): z.core.$ZodErrorMap {
  return (issue) => zodIssueMessage(issue, locale, labelOf);
}
