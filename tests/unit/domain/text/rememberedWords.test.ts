import { describe, expect, it } from 'vitest';
import { rememberedPerWord } from '../../../../shared/domain/text/rememberedWords';
import { foldVietnamese } from '../../../../shared/domain/text/normalize';
import { deriveNameColumns } from '../../../../electron/backend/members/derived';

describe('rememberedPerWord', () => {
  it('works a word out once, and starts over past its limit', () => {
    const seen: string[] = [];
    const upper = rememberedPerWord((word: string) => {
      seen.push(word);
      return word.toUpperCase();
    }, 2);
    expect(['văn', 'thị', 'văn', 'thị'].map(upper)).toEqual(['VĂN', 'THỊ', 'VĂN', 'THỊ']);
    expect(seen).toEqual(['văn', 'thị']);
    upper('an');
    upper('văn');
    expect(seen).toEqual(['văn', 'thị', 'an', 'văn']);
  });
});

describe('a name folded word by word', () => {
  it('is the whole name folded, whatever its spacing, case and marks', () => {
    for (const name of ['Nguyễn Văn Đức', '  ĐẶNG   thị  Hòa ', 'Nguye\u0302\u0303n An', 'A \u0301 B', "H'Hen Niê", 'Hoà Hòa']) {
      expect(deriveNameColumns(name).name_fold).toBe(foldVietnamese(name));
    }
  });
});
