import { describe, expect, it } from 'vitest';
import { foldVietnamese, nfc } from '../../../../shared/domain/text/normalize';

describe('nfc', () => {
  it('composes decomposed text', () => {
    const decomposed = 'Nguye\u0302\u0303n'; // e + circumflex + tilde
    expect(decomposed).toHaveLength(8);
    const composed = nfc(decomposed);
    expect(composed).toBe('Nguyễn');
    expect(composed).toHaveLength(6);
  });

  it('trims and collapses internal whitespace, including tabs, newlines and NBSP', () => {
    expect(nfc('  Trần \t Thị\n\nMai\u00a0 ')).toBe('Trần Thị Mai');
    expect(nfc('   ')).toBe('');
  });
});

describe('foldVietnamese', () => {
  it('folds the example from the spec', () => {
    expect(foldVietnamese('Nguyễn Văn Đức')).toBe('nguyen van duc');
  });

  it('folds đ and Đ to d, which NFD alone does not', () => {
    expect('Đ'.normalize('NFD')).toBe('Đ');
    expect(foldVietnamese('Đặng Đình Đạt')).toBe('dang dinh dat');
  });

  it('drops every tone and letter-forming mark', () => {
    expect(foldVietnamese('ă â ê ô ơ ư à ả ã á ạ')).toBe('a a e o o u a a a a a');
    expect(foldVietnamese('TRƯỜNG ĐẠI HỌC')).toBe('truong dai hoc');
  });

  it('treats composed and decomposed input the same', () => {
    expect(foldVietnamese('Hoa\u0300')).toBe(foldVietnamese('Hoà'));
    expect(foldVietnamese('Hoà')).toBe('hoa');
  });

  it('collapses and trims whitespace', () => {
    expect(foldVietnamese('  Lê   Thị\tHồng  ')).toBe('le thi hong');
  });

  it('keeps digits and punctuation', () => {
    expect(foldVietnamese('Số 15/BC-LĐLĐ')).toBe('so 15/bc-ldld');
  });
});
