import { describe, expect, it } from 'vitest';
import { splitFullName, type NameParts } from '../../../shared/domain/people/name';
import { call, useTempDirs } from '../../fixtures/backend';
import { admit, emptyOffice } from './helpers';

const temp = useTempDirs();
const collator = new Intl.Collator('vi');

/** The reference: the collator on [given, family, middle], field by field. */
function referenceCompare(a: NameParts, b: NameParts): number {
  return collator.compare(a.given, b.given) || collator.compare(a.family, b.family) || collator.compare(a.middle, b.middle);
}

/**
 * Tricky names: Đ/D, all six tones on one syllable (Thuy), Ư/Ơ/Ô/Ă/Â, one-word names, four-part
 * names, the same given name with different families. None of them falls into a case where the
 * collator and the official syllable-by-syllable rule differ (those are tested apart below).
 */
const NAMES = [
  'Nguyễn Văn An', 'Trần Thị An', 'Lê An', 'Dương Văn An', 'Đào Thị An', 'Đặng Văn An',
  'Phạm Văn Anh', 'Đỗ Thị Ánh', 'Vũ Thị Ân', 'Bùi Văn Ẩn', 'Ăng Văn Ấn', 'Trịnh Văn Bắc',
  'Đinh Văn Đức', 'Đào Thị Dung', 'Dương Văn Dũng', 'Lê Văn Duy', 'Vi Văn Dương', 'Trần Văn Đạt',
  'Lê Thị Đào', 'Phan Văn Đông', 'Lê Thị Thùy', 'Lê Thị Thủy', 'Lê Thị Thũy', 'Lê Thị Thúy',
  'Lê Thị Thụy', 'Lê Thị Thuy', 'Hùng', 'Mai', 'Ơn', 'Nguyễn Thị Minh Khai', 'Tôn Nữ Thị Ninh',
  'Trần Lê Quốc Toàn', 'Ứng Thị Kim', 'Ưng Văn Nga', 'Ơn Thị Ngân', 'Ô Văn Ngọc', 'Âu Văn Hợi',
  'Ông Văn Hợp', 'Đỗ Văn Tú', 'Đỗ Văn Tư', 'Đỗ Văn Tường', 'Hà Văn Út', 'Hà Văn Ưng',
  'Hạ Văn Nam', 'Hà Văn Nam', 'Ha Văn Nam',
];

/** A fixed reordering, so admission order (the id tie-break) is not the expected order. */
const shuffled = <T>(items: readonly T[]) =>
  items.map((item, i) => ({ item, r: (i * 37 + 11) % 101 })).sort((a, b) => a.r - b.r).map((x) => x.item);

describe('members:list — the official order', () => {
  it('lists ~45 tricky names by given name, then family, then middle, as Intl.Collator("vi") does', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [a, b] = await emptyOffice(backend, ['Công đoàn cơ sở Trường Tiểu học Đông Phương Yên', 'Công đoàn cơ sở Công ty May Đức Giang']);
    const admitted = shuffled(NAMES);
    for (const [i, name] of admitted.entries()) await admit(backend, (i % 2 === 0 ? a : b)!.id, name);

    const expected = [...NAMES].map(splitFullName).sort(referenceCompare);
    const page = await call(backend, 'members:list', { limit: 500 });
    expect(page.total).toBe(NAMES.length);
    expect(page.items.map((m) => splitFullName(m.fullName))).toEqual(expected);

    // The same order within one CĐCS.
    const ofA = await call(backend, 'members:list', { organizationId: a!.id, limit: 500 });
    const namesOfA = admitted.filter((_, i) => i % 2 === 0);
    expect(ofA.items.map((m) => m.fullName)).toEqual(
      namesOfA.map(splitFullName).sort(referenceCompare).map((p) => [p.family, p.middle, p.given].filter(Boolean).join(' ')),
    );
  });

  it('puts the hand-checked cases where they belong: Đ after all D, tones none→nặng, one-word names first', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [u] = await emptyOffice(backend, ['Công đoàn cơ sở Bệnh viện Đa khoa Chương Mỹ']);
    const names = ['Đinh Văn Đức', 'Đào Thị Dung', 'Lê Thị Thụy', 'Lê Thị Thuy', 'Lê Thị Thúy', 'Lê Thị Thùy', 'Lê Thị Thũy', 'Lê Thị Thủy', 'Thụy', 'Trần Văn Đạt', 'Vi Văn Dương'];
    for (const name of names) await admit(backend, u!.id, name);
    const page = await call(backend, 'members:list', {});
    expect(page.items.map((m) => m.fullName)).toEqual([
      'Đào Thị Dung', 'Vi Văn Dương', 'Trần Văn Đạt', 'Đinh Văn Đức',
      'Lê Thị Thuy', 'Lê Thị Thùy', 'Lê Thị Thủy', 'Lê Thị Thũy', 'Lê Thị Thúy', 'Thụy', 'Lê Thị Thụy',
    ]);
  });

  it('stores names NFC-normalised with collapsed spaces, so a decomposed input sorts and reads the same', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [u] = await emptyOffice(backend, ['Công đoàn cơ sở Trường Mầm non Ánh Dương']);
    const decomposed = '  Nguye\u0302\u0303n   Va\u0306n  \u0110u\u031b\u0301c '; // "Nguyễn Văn Đức", NFD with extra spaces
    const id = await admit(backend, u!.id, decomposed);
    await admit(backend, u!.id, 'Nguyễn Văn Dũng');
    const { member } = await call(backend, 'members:get', { id });
    expect(member.fullName).toBe('Nguyễn Văn Đức');
    expect(member.fullName).toBe(member.fullName.normalize('NFC'));
    expect([member.familyName, member.middleName, member.givenName]).toEqual(['Nguyễn', 'Văn', 'Đức']);
    expect((await call(backend, 'members:list', {})).items.map((m) => m.fullName)).toEqual(['Nguyễn Văn Dũng', 'Nguyễn Văn Đức']);
  });
});

/*
 * Where Intl.Collator('vi') and the official rule part ways (see shared/domain/people/sortKey.ts),
 * the list follows the official rule; these cases are left out of the reference comparison above.
 */
describe('members:list — documented differences from the collator', () => {
  it('compares a several-syllable middle name syllable by syllable, not letters-first like ICU', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [u] = await emptyOffice(backend, ['Công đoàn cơ sở Trường THCS Lam Điền']);
    await admit(backend, u!.id, 'Nguyễn Thành Công Minh');
    await admit(backend, u!.id, 'Nguyễn Thanh Tùng Minh');
    // ICU: 'Thành Công' < 'Thanh Tùng' (letters of the whole string first).
    expect(collator.compare('Thành Công', 'Thanh Tùng')).toBeLessThan(0);
    // Official: 'Thanh' < 'Thành' settles it on the first syllable.
    const page = await call(backend, 'members:list', {});
    expect(page.items.map((m) => m.fullName)).toEqual(['Nguyễn Thanh Tùng Minh', 'Nguyễn Thành Công Minh']);
  });

  it('treats old and new tone placement (Hoà / Hòa) as one name, ties kept in admission order', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [u] = await emptyOffice(backend, ['Công đoàn cơ sở Trường THCS Lam Điền']);
    expect(collator.compare('Hoà', 'Hòa')).not.toBe(0);
    const first = await admit(backend, u!.id, 'Triệu Văn Hòa');
    const second = await admit(backend, u!.id, 'Triệu Văn Hoà');
    const third = await admit(backend, u!.id, 'Triệu Văn Hòa');
    expect((await call(backend, 'members:list', {})).items.map((m) => m.id)).toEqual([first, second, third]);
  });
});
