import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, type Channel } from '../../../shared/ipc/contract';
import { validateInput } from '../../../shared/ipc/validate';
import { LOCALES, type Locale } from '../../../shared/i18n/locale';
import { validationMessages } from '../../../shared/i18n/validationMessages';

/*
 * Walks every contract schema and feeds it values that break each rule it has (missing, wrong
 * kind, too long, too big, too small, not in the list, malformed), then reads every message in
 * both languages: none may be zod's own text, and none may show a raw path like "draft.number".
 */
type Mode = 'missing' | 'wrongType' | 'tooBig' | 'tooSmall' | 'garbage';
const MODES: Mode[] = ['missing', 'wrongType', 'tooBig', 'tooSmall', 'garbage'];
type Def = Record<string, unknown> & { type: string };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** One past the schema's own maximum length (or size), so "too big" costs no more than it must. */
function pastMaximum(def: Def, otherwise: number): number {
  const checks = (def.checks ?? []) as { _zod: { def: { check: string; maximum?: number } } }[];
  const max = checks.map((c) => c._zod.def).find((c) => c.check === 'max_length' || c.check === 'length_equals')?.maximum;
  return max === undefined ? otherwise : max + 1;
}

function mutant(schema: z.ZodType, mode: Mode, depth = 0): unknown {
  const def = defOf(schema);
  if (depth > 8) return undefined;
  switch (def.type) {
    case 'object': {
      if (mode === 'missing' && depth > 0) return undefined;
      const shape = def.shape as Record<string, z.ZodType>;
      return Object.fromEntries(Object.entries(shape).map(([key, inner]) => [key, mutant(inner, mode, depth + 1)]));
    }
    case 'array':
      if (mode === 'tooBig') return Array.from({ length: pastMaximum(def, 2) }, () => null);
      if (mode === 'tooSmall') return [];
      return [mutant(def.element as z.ZodType, mode, depth + 1)];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return mutant(def.innerType as z.ZodType, mode, depth + 1);
    case 'pipe':
      return mutant(def.in as z.ZodType, mode, depth + 1);
    case 'union':
      return mutant((def.options as z.ZodType[])[0]!, mode, depth + 1);
    case 'intersection':
      return { ...(mutant(def.left as z.ZodType, mode, depth + 1) as object), ...(mutant(def.right as z.ZodType, mode, depth + 1) as object) };
    case 'record':
      return { k: mutant(def.valueType as z.ZodType, mode, depth + 1) };
    case 'lazy':
      return mutant((def.getter as () => z.ZodType)(), mode, depth + 1);
    case 'string': {
      // An upload's limit (tens of MB of base64) is too long to build; its too-big message is the strings' one, walked elsewhere.
      const past = pastMaximum(def, 2);
      return { missing: undefined, wrongType: 12, tooBig: 'x'.repeat(past > 1_000_000 ? 2 : past), tooSmall: '', garbage: '??not-valid??' }[mode];
    }
    case 'number':
      return { missing: undefined, wrongType: 'mười', tooBig: 1e15, tooSmall: -1e15, garbage: 1.5 }[mode];
    case 'boolean':
      return mode === 'missing' ? undefined : 'có';
    case 'enum':
    case 'literal':
      return mode === 'missing' ? undefined : mode === 'wrongType' ? 7 : 'không-có-trong-danh-sách';
    default:
      return mode === 'missing' ? undefined : Symbol.for('x').toString();
  }
}

/** Words of zod's English and Vietnamese locales that would mean its own text reached the user. */
const ZOD_TEXT = /\b(expected|received|invalid input|too big|too small|must be|unrecognized|characters|mong đợi|nhận được|đầu vào không hợp lệ|quá lớn|quá nhỏ)\b/iu;
const EN_ONLY_IN_VI = /\b(required|invalid|expected|value|field|must)\b/iu;

/** The catalogue sentence a message is, with the field it names; null when it is someone else's text. */
function catalogueSentence(locale: Locale, message: string): { field: string } | null {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const { row, ...templates } = validationMessages[locale];
  const rowPrefix = escape(row).replace('\\{\\{row\\}\\}', '\\d+').replace('\\{\\{message\\}\\}', '');
  for (const template of Object.values(templates)) {
    const body = escape(template)
      .replace('\\{\\{field\\}\\}', '([^:]+)')
      .replace(/\\\{\\\{\w+\\\}\\\}/gu, '[\\d.,-]+');
    const match = new RegExp(`^(?:${rowPrefix})?${body}$`, 'u').exec(message);
    if (match) return { field: match[1] ?? '' };
  }
  return null;
}

describe('validation messages reaching the screen', { timeout: 120_000 }, () => {
  const channels = Object.keys(contract) as Channel[];

  it('walks every channel of the contract', () => {
    expect(channels.length).toBeGreaterThan(100);
  });

  for (const locale of LOCALES) {
    it(`names the field in ${locale}, never zod's own words nor a raw path`, () => {
      const seen = new Set<string>();
      let checked = 0;
      for (const channel of channels) {
        const schema = contract[channel].input as z.ZodType;
        for (const mode of MODES) {
          const outcome = validateInput(channel, mutant(schema, mode), locale);
          if (outcome.ok) continue;
          for (const { path, message } of outcome.issues) {
            checked += 1;
            const where = `${channel} ${mode} ${path}: ${message}`;
            if (locale === 'en') expect(message, where).not.toMatch(/\b(expected|received|Too big|Too small|Invalid input)\b/u);
            else {
              expect(message, where).not.toMatch(ZOD_TEXT);
              expect(message, where).not.toMatch(EN_ONLY_IN_VI);
            }
            if (path.includes('.')) expect(message, where).not.toContain(path);
            expect(outcome.reason, where).not.toMatch(/\b\w+\.\w+\s*:/u);
            const sentence = catalogueSentence(locale, message);
            expect(sentence, where).not.toBeNull();
            // The field is named by its label, never by a programmer's key (camelCase, dotted, snake_case).
            expect(sentence?.field ?? '', where).not.toMatch(/[a-z][A-Z]|\w\.\w|_/u);
            seen.add(message);
          }
        }
      }
      expect(checked).toBeGreaterThan(500);
      expect(seen.size).toBeGreaterThan(50);
    });
  }

  it('says which field and what is wrong, in each language', () => {
    const tooLong = validateInput('awardDecisions:save', { draft: { number: 'x'.repeat(61) } }, 'vi');
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.issues.map((i) => i.message)).toContain('Số, ký hiệu: tối đa 60 ký tự.');
    const english = validateInput('awardDecisions:save', { draft: { number: 'x'.repeat(61) } }, 'en');
    if (!english.ok) expect(english.issues.map((i) => i.message)).toContain('Number: at most 60 characters.');
  });
});
