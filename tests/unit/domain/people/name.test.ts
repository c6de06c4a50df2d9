import { describe, expect, it } from 'vitest';
import { joinFullName, splitFullName } from '../../../../shared/domain/people/name';

describe('splitFullName', () => {
  it('splits a three-part name', () => {
    expect(splitFullName('Nguyễn Văn Đức')).toEqual({
      family: 'Nguyễn',
      middle: 'Văn',
      given: 'Đức',
    });
  });

  it('keeps two middle words in a four-part name', () => {
    expect(splitFullName('Nguyễn Thị Minh Khai')).toEqual({
      family: 'Nguyễn',
      middle: 'Thị Minh',
      given: 'Khai',
    });
  });

  it('gives an empty middle name for a two-part name', () => {
    expect(splitFullName('Lê Lợi')).toEqual({ family: 'Lê', middle: '', given: 'Lợi' });
  });

  it('treats a one-word name as a given name only', () => {
    expect(splitFullName('Hùng')).toEqual({ family: '', middle: '', given: 'Hùng' });
  });

  it('normalises whitespace and Unicode before splitting', () => {
    expect(splitFullName('  Tra\u0302\u0300n   Thi\u0323 \t Mai ')).toEqual({
      family: 'Trần',
      middle: 'Thị',
      given: 'Mai',
    });
  });

  it('returns empty parts for an empty name', () => {
    expect(splitFullName('   ')).toEqual({ family: '', middle: '', given: '' });
  });
});

describe('joinFullName', () => {
  it('joins the parts with single spaces', () => {
    expect(joinFullName({ family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' })).toBe(
      'Nguyễn Thị Minh Khai',
    );
  });

  it('skips empty parts', () => {
    expect(joinFullName({ family: 'Lê', middle: '', given: 'Lợi' })).toBe('Lê Lợi');
    expect(joinFullName({ family: '', middle: '', given: 'Hùng' })).toBe('Hùng');
    expect(joinFullName({ family: ' ', middle: '', given: '' })).toBe('');
  });

  it('round-trips with splitFullName', () => {
    for (const name of ['Hùng', 'Lê Lợi', 'Trần Văn An', 'Tôn Nữ Thị Ninh']) {
      expect(joinFullName(splitFullName(name))).toBe(name);
    }
  });
});
