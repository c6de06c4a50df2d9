import { describe, expect, it } from 'vitest';
import { vi as viCatalogue } from '../../renderer/src/i18n/vi';
import { en as enCatalogue } from '../../renderer/src/i18n/en';
import { errorMessages } from '../../shared/i18n/errors';
import { LOCALES } from '../../shared/i18n/locale';

/** Every leaf of a nested catalogue as [dotted path, value]. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, value]];
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('renderer catalogues', () => {
  const vi = new Map(leaves(viCatalogue));
  const en = new Map(leaves(enCatalogue));

  it('vi and en have exactly the same key paths', () => {
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
    expect(vi.size).toBeGreaterThan(10);
  });

  it('every message is a non-empty string', () => {
    for (const [catalogue, messages] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      for (const [key, value] of messages) {
        expect(typeof value, `${catalogue}:${key}`).toBe('string');
        expect(String(value).trim(), `${catalogue}:${key}`).not.toBe('');
      }
    }
  });

  it('both languages use the same {{placeholders}} in each message', () => {
    for (const [key, value] of vi) {
      expect(placeholders(String(en.get(key) ?? '')), key).toEqual(placeholders(String(value)));
    }
  });

  it('the Vietnamese catalogue is NFC, as all text in the app', () => {
    for (const [key, value] of vi) expect(String(value), key).toBe(String(value).normalize('NFC'));
  });
});

describe('shared error catalogue', () => {
  it('has both languages for every code, non-empty, with the same placeholders', () => {
    expect(Object.keys(errorMessages).sort()).toEqual([...LOCALES].sort());
    const codes = Object.keys(errorMessages.vi).sort();
    expect(Object.keys(errorMessages.en).sort()).toEqual(codes);
    expect(codes).toEqual(expect.arrayContaining(['VALIDATION', 'DB_TOO_NEW', 'DB_NOT_SQLITE', 'FORBIDDEN', 'INTERNAL']));
    for (const code of codes) {
      const vi = errorMessages.vi[code as keyof typeof errorMessages.vi];
      const en = errorMessages.en[code as keyof typeof errorMessages.en];
      expect(vi.trim(), `vi:${code}`).not.toBe('');
      expect(en.trim(), `en:${code}`).not.toBe('');
      expect(placeholders(en), code).toEqual(placeholders(vi));
      expect(vi, code).toBe(vi.normalize('NFC'));
    }
  });
});
