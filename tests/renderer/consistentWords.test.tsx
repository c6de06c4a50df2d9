import { describe, expect, it } from 'vitest';
import { vi } from '../../renderer/src/i18n/vi';
import { errorMessages } from '../../shared/i18n/errors';

/** Every text of a nested catalogue, with its key path. */
function texts(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => texts(value, path ? `${path}.${key}` : key));
  return [];
}

describe('consistent words in Vietnamese', () => {
  it('writes "Hủy" (tone on u), never "Huỷ", in every screen text and error message', () => {
    const all = [...texts(vi), ...texts(errorMessages.vi, 'errors')];
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter(([, text]) => /huỷ/iu.test(text.normalize('NFC'))).map(([key]) => key)).toEqual([]);
    expect(all.some(([, text]) => text.includes('Hủy'))).toBe(true);
  });
});
