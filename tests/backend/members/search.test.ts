import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { Member, MemberDraftInput } from '../../../shared/members/model';
import { QUICK_SEARCH_COUNT_CAP } from '../../../shared/members/query';
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import { call, count, readDb, useTempDirs } from '../../fixtures/backend';
import { admit, emptyOffice } from './helpers';

const temp = useTempDirs();

/** The draft fields of a stored member, for a `members:update` that changes one of them. */
function draftOf(member: Member): MemberDraftInput {
  const { organizationId, fullName, birthDate, sex, ethnicity, religion, hometown, cccd, cccdIssuedOn, cccdIssuedBy, phone } = member;
  const { education, qualification, politicalTheory, partyMember, occupation, unionPosition, joinedOn, cardNumber, cardIssuedOn } = member;
  return {
    organizationId, fullName, birthDate, sex, ethnicity, religion, hometown, cccd, cccdIssuedOn, cccdIssuedBy, phone,
    education, qualification, politicalTheory, partyMember, occupation, unionPosition, joinedOn, cardNumber, cardIssuedOn,
  };
}

async function names(backend: Backend, query: string, organizationId?: number): Promise<string[]> {
  const result = await call(backend, 'members:search', { query, limit: 100, ...(organizationId ? { organizationId } : {}) });
  expect(result.items).toHaveLength(result.total);
  return result.items.map((m) => m.fullName).sort();
}

async function office(backend: Backend) {
  const [a, b] = await emptyOffice(backend, ['Công đoàn cơ sở Trường Tiểu học Đông Phương Yên', 'Công đoàn cơ sở Công ty May Đức Giang']);
  const ids = {
    duc: await admit(backend, a!.id, 'Nguyễn Văn Đức', { cccd: '001085777001', phone: '0912345678', cardNumber: 'HN-0012345' }),
    duc2: await admit(backend, b!.id, 'Trần Văn Đúc', { cccd: '001085777002', phone: '0912 346 000' }),
    dung: await admit(backend, a!.id, 'Nguyễn Văn Dũng', { cccd: '036190000123' }),
    dungF: await admit(backend, b!.id, 'Nguyễn Thị Dung', { phone: '0987.654.321' }),
    hoa: await admit(backend, a!.id, 'Lê Thị Hoa'),
  };
  return { a: a!, b: b!, ids };
}

describe('members:search', () => {
  it('folds diacritics and đ: "duc" finds Đức and Đúc; "nguyen van d" finds Dũng and Đức, not Nguyễn Thị Dung', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await office(backend);
    expect(await names(backend, 'duc')).toEqual(['Nguyễn Văn Đức', 'Trần Văn Đúc']);
    expect(await names(backend, 'nguyen van d')).toEqual(['Nguyễn Văn Dũng', 'Nguyễn Văn Đức']);
    expect(await names(backend, 'dung')).toEqual(['Nguyễn Thị Dung', 'Nguyễn Văn Dũng']);
    // Case and diacritics make no difference, nor do extra spaces.
    expect(await names(backend, 'NGUYỄN  văn ĐỨC')).toEqual(['Nguyễn Văn Đức']);
    expect(await names(backend, 'Đúc')).toEqual(['Nguyễn Văn Đức', 'Trần Văn Đúc']);
    expect(await names(backend, 'van du')).toEqual(['Nguyễn Văn Dũng', 'Nguyễn Văn Đức', 'Trần Văn Đúc']);
    // A prefix of a word, not of a later word's middle: "uc" finds nobody.
    expect(await names(backend, 'uc')).toEqual([]);
    expect(await names(backend, 'xyz')).toEqual([]);
  });

  it('finds by CCCD prefix, by phone digits however typed, and by card number', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await office(backend);
    expect(await names(backend, '00108577')).toEqual(['Nguyễn Văn Đức', 'Trần Văn Đúc']);
    expect(await names(backend, '001085777001')).toEqual(['Nguyễn Văn Đức']);
    expect(await names(backend, '0361')).toEqual(['Nguyễn Văn Dũng']);
    expect(await names(backend, '0912 345')).toEqual(['Nguyễn Văn Đức']);
    expect(await names(backend, '0912.346')).toEqual(['Trần Văn Đúc']); // stored as "0912 346 000"
    expect(await names(backend, '0987654')).toEqual(['Nguyễn Thị Dung']); // stored as "0987.654.321"
    expect(await names(backend, '0912')).toEqual(['Nguyễn Văn Đức', 'Trần Văn Đúc']);
    expect(await names(backend, 'HN-00123')).toEqual(['Nguyễn Văn Đức']);
    expect(await names(backend, 'hn-0012345')).toEqual(['Nguyễn Văn Đức']);
  });

  it('returns list items with the union, and only hits of the given CĐCS when organizationId is set', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { a, b, ids } = await office(backend);
    const all = await call(backend, 'members:search', { query: 'nguyen' });
    expect(all.total).toBe(3);
    expect(all.totalCapped).toBe(false);
    const duc = all.items.find((m) => m.id === ids.duc);
    expect(duc).toMatchObject({ fullName: 'Nguyễn Văn Đức', cccd: '001085777001', unionCode: a.code, unionName: a.name, status: 'active' });
    expect(await names(backend, 'nguyen', a.id)).toEqual(['Nguyễn Văn Dũng', 'Nguyễn Văn Đức']);
    expect(await names(backend, 'nguyen', b.id)).toEqual(['Nguyễn Thị Dung']);
    expect(await names(backend, 'duc', b.id)).toEqual(['Trần Văn Đúc']);
    expect(await names(backend, '0912', b.id)).toEqual(['Trần Văn Đúc']);
  });

  it('follows a change of name, CCCD or phone, and forgets a deleted member', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { ids } = await office(backend);
    const { member } = await call(backend, 'members:get', { id: ids.duc });
    const updated = await call(backend, 'members:update', {
      id: ids.duc,
      draft: { ...draftOf(member), fullName: 'Nguyễn Văn Đạt', phone: '0977111222', cccd: '001085999001' },
    });
    expect(updated.fullName).toBe('Nguyễn Văn Đạt');
    expect(await names(backend, 'nguyen van duc')).toEqual([]);
    expect(await names(backend, 'duc')).toEqual(['Trần Văn Đúc']);
    expect(await names(backend, 'dat')).toEqual(['Nguyễn Văn Đạt']);
    expect(await names(backend, 'nguyen van d')).toEqual(['Nguyễn Văn Dũng', 'Nguyễn Văn Đạt']);
    expect(await names(backend, '0912 345')).toEqual([]);
    expect(await names(backend, '0977111')).toEqual(['Nguyễn Văn Đạt']);
    expect(await names(backend, '001085777001')).toEqual([]);
    expect(await names(backend, '001085999')).toEqual(['Nguyễn Văn Đạt']);
    expect(await names(backend, 'HN-001')).toEqual(['Nguyễn Văn Đạt']); // the card number did not change

    await call(backend, 'members:delete', { ids: [ids.duc] });
    for (const query of ['dat', 'nguyen van dat', '0977111222', '001085999001', 'HN-0012345']) {
      expect(await names(backend, query), query).toEqual([]);
    }
    expect(await names(backend, 'nguyen van d')).toEqual(['Nguyễn Văn Dũng']);
    readDb(backend.dbFile, (db) => {
      expect(count(db, 'SELECT count(*) FROM member_search_keys WHERE member_id = ?', ids.duc)).toBe(0);
      expect(count(db, 'SELECT count(*) FROM member_movements WHERE member_id = ?', ids.duc)).toBe(0);
    });
  });

  it('stops counting at the cap and says so; members:list with search counts further', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await call(backend, 'setup:start', { mode: 'demo', unions: 20, members: 4_000, year: 2025, seed: 5 });
    // Members with a word of the name starting with the prefix, counted directly.
    const folds = readDb(backend.dbFile, (db) => db.prepare('SELECT name_fold FROM members').pluck().all() as string[]);
    const withWord = (prefix: string) => folds.filter((fold) => fold.split(' ').some((word) => word.startsWith(prefix))).length;
    const expected = withWord('n');
    expect(expected).toBeGreaterThan(QUICK_SEARCH_COUNT_CAP);

    const quick = await call(backend, 'members:search', { query: 'N', limit: 30 });
    expect(quick.totalCapped).toBe(true);
    expect(quick.total).toBe(QUICK_SEARCH_COUNT_CAP);
    expect(quick.items).toHaveLength(30);
    expect(new Set(quick.items.map((m) => m.id)).size).toBe(30);
    for (const item of quick.items) expect(foldVietnamese(item.fullName).split(' ').some((w) => w.startsWith('n'))).toBe(true);

    const full = await call(backend, 'members:list', { search: 'n', limit: 10 });
    expect(full.totalCapped).toBe(false);
    expect(full.total).toBe(expected);

    // A narrower query stays under the cap and counts exactly.
    const nguyen = withWord('nguyen');
    expect(nguyen).toBeGreaterThan(0);
    const narrow = await call(backend, 'members:search', { query: 'nguyễn', limit: 5 });
    expect(narrow.total).toBe(Math.min(nguyen, QUICK_SEARCH_COUNT_CAP));
    expect(narrow.totalCapped).toBe(nguyen > QUICK_SEARCH_COUNT_CAP);
  });
});
