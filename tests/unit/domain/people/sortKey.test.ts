import { describe, expect, it } from 'vitest';
import { splitFullName } from '../../../../shared/domain/people/name';
import type { NameParts } from '../../../../shared/domain/people/name';
import { personSortKey, vietnameseSortKey } from '../../../../shared/domain/people/sortKey';

const collator = new Intl.Collator('vi');

/** Sort with plain binary string comparison of the keys, as SQLite's BINARY collation does. */
function sortByKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, k: key(item) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.item);
}

/** A deterministic reordering, so the tests do not start from the expected order. */
function shuffled<T>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, r: (i * 7919 + 13) % 101 })) // a permutation for < 101 items
    .sort((a, b) => a.r - b.r)
    .map((x) => x.item);
}

describe('vietnameseSortKey', () => {
  it('encodes letters as ASCII pairs and the tone after the letters', () => {
    expect(vietnameseSortKey('An')).toBe('a0n0.0');
    expect(vietnameseSortKey('Đức')).toBe('d1u1c0.4');
    expect(vietnameseSortKey('Nguyễn')).toBe('n0g0u0y0e1n0.3');
    expect(vietnameseSortKey('Ngọc Ánh')).toBe('n0g0o0c0.5+a0n0h0.4');
    expect(vietnameseSortKey('Ậu')).toBe('a2u0.5'); // NFD puts the dot below before the circumflex
  });

  it('builds keys from printable ASCII only', () => {
    const key = vietnameseSortKey('Đặng Thị Ưởng Ơn Ô Ă Â Ê');
    expect(key).toMatch(/^[\x21-\x7e]+$/u);
  });

  it('is case-insensitive and ignores decomposition and extra spaces', () => {
    expect(vietnameseSortKey('NGUYỄN ĐỨC')).toBe(vietnameseSortKey('nguyễn  đức'));
    expect(vietnameseSortKey('Nguye\u0302\u0303n')).toBe(vietnameseSortKey('Nguyễn'));
  });

  it('gives the old and new tone placements the same key', () => {
    expect(vietnameseSortKey('Hoà')).toBe(vietnameseSortKey('Hòa'));
    expect(vietnameseSortKey('Thuỵ')).toBe(vietnameseSortKey('Thụy'));
  });

  it('orders the Vietnamese alphabet', () => {
    const alphabet = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ');
    expect(sortByKey(shuffled(alphabet), vietnameseSortKey)).toEqual(alphabet);
  });

  it('orders the tones none, huyền, hỏi, ngã, sắc, nặng', () => {
    const tones = ['ma', 'mà', 'mả', 'mã', 'má', 'mạ'];
    expect(sortByKey(shuffled(tones), vietnameseSortKey)).toEqual(tones);
  });

  it('compares the letters of the whole word before the tone', () => {
    const words = ['An', 'Án', 'Anh', 'Ánh', 'Ăn', 'Ân', 'Ẩn', 'Ấn'];
    expect(sortByKey(shuffled(words), vietnameseSortKey)).toEqual(words);
  });

  it('sorts a shorter word before a longer one that starts the same', () => {
    expect(vietnameseSortKey('An') < vietnameseSortKey('Anh')).toBe(true);
    expect(vietnameseSortKey('Án') < vietnameseSortKey('Anh')).toBe(true);
    expect(vietnameseSortKey('An Bình') < vietnameseSortKey('Anh')).toBe(true);
  });

  it('places the foreign letters f, j, w, z in their Latin positions', () => {
    const words = ['Ê', 'Fa', 'Ga', 'Ia', 'Ja', 'Ka', 'Va', 'Wa', 'Xa', 'Ya', 'Za'];
    expect(sortByKey(shuffled(words), vietnameseSortKey)).toEqual(words);
  });
});

describe('personSortKey', () => {
  it('puts the given name first, then family, then middle', () => {
    expect(personSortKey({ family: 'Nguyễn', middle: 'Văn', given: 'An' })).toBe(
      'a0n0.0!n0g0u0y0e1n0.3!v0a1n0.0',
    );
    expect(personSortKey({ family: '', middle: '', given: 'Hùng' })).toBe('h0u0n0g0.1!!');
  });

  it('sorts "An" before "Anh" whatever the family names', () => {
    const an = personSortKey({ family: 'Vũ', middle: 'Văn', given: 'An' });
    const anh = personSortKey({ family: 'Bùi', middle: 'Thị', given: 'Anh' });
    expect(an < anh).toBe(true);
  });

  it('orders people with the same given name by family, then middle name', () => {
    const people = ['Bùi Thị Lan', 'Dương Lan', 'Dương Văn Lan', 'Đào Thị Lan', 'Đặng Lan', 'Lan'];
    const expected = ['Lan', 'Bùi Thị Lan', 'Dương Lan', 'Dương Văn Lan', 'Đào Thị Lan', 'Đặng Lan'];
    expect(sortByKey(shuffled(people), (n) => personSortKey(splitFullName(n)))).toEqual(expected);
  });
});

// A realistic list with the tricky cases: Đ vs D, all tones on one syllable, Ư/Ơ/Ô/Ă/Â,
// one-word names, four-part names, the same given name with different families.
const NAMES = [
  'Nguyễn Văn An', 'Trần Thị An', 'Lê An', 'Dương Văn An', 'Đào Thị An', 'Đặng Văn An',
  'Nguyễn Thị An', 'Phạm Văn Anh', 'Đỗ Thị Ánh', 'Vũ Thị Ân', 'Bùi Văn Ẩn', 'Trịnh Văn Bắc',
  'Lý Thị Bạch', 'Hồ Văn Bách', 'Cao Văn Cường', 'Đinh Văn Đức', 'Đào Thị Dung', 'Dương Văn Dũng',
  'Lê Văn Duy', 'Vi Văn Dương', 'Trần Văn Đạt', 'Phan Văn Đông', 'Lê Thị Đào', 'Mai Văn Giang',
  'Hà Thị Hà', 'Kiều Thị Hải', 'Hoàng Thị Hạnh', 'Lương Thị Hằng', 'Lưu Văn Hân', 'Tạ Văn Hậu',
  'Nông Thị Hoa', 'Triệu Văn Hòa', 'Ngô Văn Hoàng', 'La Thị Hồng', 'Âu Văn Hợi', 'Ông Văn Hợp',
  'Hùng', 'Mai', 'Nguyễn Thị Minh Khai', 'Tôn Nữ Thị Ninh', 'Trần Lê Quốc Toàn', 'Lò Văn Khánh',
  'Quan Văn Khoa', 'Mạc Văn Kiên', 'Ứng Thị Kim', 'Ưng Văn Nga', 'Ơn Thị Ngân', 'Ô Văn Ngọc',
  'Ân Văn Nguyên', 'Ăng Văn Nhung', 'Lê Thị Thùy', 'Lê Thị Thủy', 'Lê Thị Thũy', 'Lê Thị Thúy',
  'Lê Thị Thụy', 'Lê Thị Thuy', 'Đỗ Văn Tú', 'Đỗ Văn Tuấn', 'Đỗ Văn Tùng', 'Đỗ Thị Tuyết',
  'Đỗ Văn Tư', 'Đỗ Văn Tường', 'Hà Văn Út', 'Hà Thị Uyên', 'Hà Văn Ưng', 'Hà Thị Vân',
  'Hà Thị Vy', 'Hà Thị Xuân', 'Hà Thị Yến', 'Hạ Văn Nam', 'Hà Văn Nam', 'Ha Văn Nam',
];

/** The official order computed with the collator field by field: given, family, middle. */
function collatorPersonCompare(a: NameParts, b: NameParts): number {
  return (
    collator.compare(a.given, b.given) ||
    collator.compare(a.family, b.family) ||
    collator.compare(a.middle, b.middle)
  );
}

describe('agreement with Intl.Collator("vi")', () => {
  it('uses a list of at least 40 names', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(40);
  });

  it('sorts the given names of a realistic list the same way', () => {
    const given = shuffled(NAMES.map((n) => splitFullName(n).given));
    const byCollator = [...given].sort(collator.compare);
    expect(sortByKey(given, vietnameseSortKey)).toEqual(byCollator);
  });

  it('sorts the people of a realistic list the same way', () => {
    const people = shuffled(NAMES).map(splitFullName);
    const byCollator = [...people].sort(collatorPersonCompare);
    expect(sortByKey(people, personSortKey)).toEqual(byCollator);
  });

  it('gives the expected order for a hand-checked excerpt', () => {
    const excerpt = [
      'Dương Văn Dũng', 'Lê Văn Duy', 'Vi Văn Dương', 'Lê Thị Đào', 'Trần Văn Đạt',
      'Phan Văn Đông', 'Đinh Văn Đức', 'Đào Thị Dung',
      'Hà Văn Nam', 'Ha Văn Nam', 'Hạ Văn Nam', 'Đỗ Văn Tú', 'Đỗ Văn Tư',
    ];
    const expected = [
      'Đào Thị Dung', 'Dương Văn Dũng', 'Lê Văn Duy', 'Vi Văn Dương', 'Lê Thị Đào',
      'Trần Văn Đạt', 'Phan Văn Đông', 'Đinh Văn Đức',
      'Ha Văn Nam', 'Hà Văn Nam', 'Hạ Văn Nam', 'Đỗ Văn Tú', 'Đỗ Văn Tư',
    ];
    const sorted = sortByKey(excerpt.map(splitFullName), personSortKey);
    expect(sorted.map((p) => `${p.family} ${p.middle} ${p.given}`)).toEqual(expected);
  });
});

// Where the collator and the official rule part ways, the keys follow the official rule.
describe('documented differences from Intl.Collator("vi")', () => {
  it('several syllables: the rule compares syllable by syllable, ICU letters of all first', () => {
    // ICU compares the letters of the whole string ('thanh cong' < 'thanh tung') before any
    // tone; the official rule settles 'Thanh' < 'Thành' on the first syllable.
    expect(collator.compare('Thành Công', 'Thanh Tùng')).toBeLessThan(0);
    expect(vietnameseSortKey('Thanh Tùng') < vietnameseSortKey('Thành Công')).toBe(true);
  });

  it('tone placement: ICU tells "Hoà" from "Hòa", the rule sees one syllable', () => {
    expect(collator.compare('Hoà', 'Hòa')).not.toBe(0);
    expect(vietnameseSortKey('Hoà')).toBe(vietnameseSortKey('Hòa'));
  });

  it('mixed tone placement: ICU can put hỏi before huyền, the rule never does', () => {
    // The mark sits on u in 'Thùy' and on y in 'Thuỷ'; ICU compares marks by position.
    expect(collator.compare('Thùy', 'Thuỷ')).toBeGreaterThan(0);
    expect(vietnameseSortKey('Thùy') < vietnameseSortKey('Thuỷ')).toBe(true);
  });

  it('case: ICU breaks ties with lower case first, the keys ignore case', () => {
    expect(collator.compare('an', 'An')).toBeLessThan(0);
    expect(vietnameseSortKey('an')).toBe(vietnameseSortKey('An'));
  });
});
