import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { ProgressEvent } from '../../../shared/ipc/events';
import { call, count, readDb, useTempDirs } from '../../fixtures/backend';
import { base64 } from '../members/helpers';
import { cancellingBackend } from './cancellingBackend';

const temp = useTempDirs();

const FAMILIES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLES = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc'];
const EXTRAS = ['Anh', 'Bảo', 'Châu', 'Diệu', 'Gia', 'Hải', 'Hoài', 'Khánh', 'Kim', 'Lâm', 'Minh', 'Mỹ', 'Nhật', 'Phương', 'Quang', 'Quốc', 'Thanh', 'Thiên', 'Trung', 'Xuân'];
const GIVENS = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nam', 'Oanh', 'Phúc', 'Quân', 'Sơn', 'Thủy', 'Uyên', 'Vinh', 'Xuân', 'Yến'];

/** Row i's name: four parts in mixed radix, so no two of the first 24,000 rows share a name. */
const nameOf = (i: number) =>
  `${FAMILIES[Math.floor(i / 120) % 10]} ${MIDDLES[Math.floor(i / 20) % 6]} ${EXTRAS[Math.floor(i / 1200) % 20]} ${GIVENS[i % 20]}`;
const cccdOf = (i: number) => `0019${String(i).padStart(8, '0')}`;

/** A plain list of `rows` distinct members of one CĐCS, each with a join date, written with SheetJS. */
function bigWorkbook(rows: number, code: string): Uint8Array {
  const aoa: (string | number)[][] = [['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Ngày vào CĐ', 'Mã CĐCS']];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    aoa.push([i + 1, nameOf(i), `${day}/0${(i % 9) + 1}/19${70 + (i % 30)}`, cccdOf(i), `${day}/03/2015`, code]);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'DS');
  return new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
}

function state(backend: Backend) {
  return readDb(backend.dbFile, (db) => ({
    members: count(db, 'SELECT count(*) FROM members'),
    movements: count(db, 'SELECT count(*) FROM member_movements'),
    keys: count(db, 'SELECT count(*) FROM member_search_keys'),
    audit: count(db, 'SELECT count(*) FROM audit_log'),
    settings: count(db, 'SELECT count(*) FROM settings'),
    memberIndexes: (db.prepare('PRAGMA index_list(members)').all() as { name: string }[]).map((i) => i.name).sort(),
    movementIndexes: (db.prepare('PRAGMA index_list(member_movements)').all() as { name: string }[]).map((i) => i.name).sort(),
    integrity: db.pragma('integrity_check', { simple: true }),
  }));
}

/** The member counts and ledger as kept, and as rebuilt from scratch (migrations member-counts, member-movement-ledger). */
function derivedTables(backend: Backend) {
  return readDb(backend.dbFile, (db) => ({
    kept: {
      counts: db.prepare('SELECT * FROM member_counts ORDER BY organization_id').all(),
      ledger: db.prepare('SELECT * FROM member_movement_ledger ORDER BY 1, 2, 3, 4').all(),
    },
    rebuilt: {
      counts: db.prepare(`SELECT organization_id, count(*) AS total, sum(sex IS 'female') AS female, sum(party_member) AS party
                            FROM members WHERE status = 'active' GROUP BY organization_id ORDER BY organization_id`).all(),
      ledger: db
        .prepare(
          `SELECT CASE WHEN substr(mv.date, 6) <= '05-31' THEN substr(mv.date, 1, 4) || '-05-31'
                       WHEN substr(mv.date, 6) <= '11-30' THEN substr(mv.date, 1, 4) || '-11-30'
                       ELSE (CAST(substr(mv.date, 1, 4) AS INTEGER) + 1) || '-05-31' END AS bucket,
                  mv.kind, coalesce(mv.to_organization_id, 0) AS to_org, coalesce(mv.from_organization_id, 0) AS from_org,
                  count(*) AS n, sum(coalesce(m.sex IS 'female', 0)) AS female, sum(coalesce(m.party_member, 0)) AS party
             FROM member_movements mv LEFT JOIN members m ON m.id = mv.member_id
            GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
        )
        .all(),
    },
  }));
}

function expectDerivedAsRebuilt(backend: Backend) {
  const { kept, rebuilt } = derivedTables(backend);
  expect(kept).toEqual(rebuilt);
  expect(kept.counts.length).toBeGreaterThan(0);
  expect(kept.ledger.length).toBeGreaterThan(0);
}

// The indexes of 0002-members.sql; later migrations may add more, which must come back too.
const MEMBER_INDEXES = ['members_cccd', 'members_name_birth', 'members_order', 'members_status_order', 'members_union_order', 'members_union_status'];
const MOVEMENT_INDEXES = ['member_movements_kind_date', 'member_movements_member'];

/**
 * A demo office whose backend cancels job `jobId` from the first progress event of the member
 * import that `when` accepts, as a window would from its progress bar.
 */
async function office(jobId: string, when: (event: ProgressEvent) => boolean) {
  const { backend, events, cancels } = cancellingBackend(temp, jobId, 'import.members', when);
  await call(backend, 'setup:start', { mode: 'demo', unions: 10, members: 500, year: 2025, seed: 7 });
  const union = (await call(backend, 'unions:list', { limit: 1 })).items[0]!;
  return { backend, union, events, cancels };
}

async function expectCancelled(result: Awaited<ReturnType<Backend['invoke']>>, cancels: Promise<unknown>[]) {
  expect(cancels).toHaveLength(1);
  expect(await cancels[0]).toEqual({ ok: true, value: { cancelled: true } });
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('CANCELLED');
    expect(result.error.message).toBe('Đã hủy thao tác.');
  }
}

describe('cancelling a big member import', () => {
  it('cancelled mid-way through 20,000 rows: nothing written, all indexes back after the rollback', async () => {
    const ROWS = 20_000;
    const { backend, union, events, cancels } = await office('import-cancel-1', (e) => e.done > 0 && e.done < e.total);
    const before = state(backend);
    expect(before.memberIndexes).toEqual(expect.arrayContaining(MEMBER_INDEXES));
    expect(before.movementIndexes).toEqual(expect.arrayContaining(MOVEMENT_INDEXES));
    expect((await call(backend, 'members:list', { offset: 0, limit: 1 })).total).toBe(500); // warms the count cache

    const inspection = await call(backend, 'import:inspect', { kind: 'members', fileName: 'ds-lon.xlsx', base64: base64(bigWorkbook(ROWS, union.code!)) });
    expect(inspection.mapping).toMatchObject({ fullName: 1, birthDate: 2, cccd: 3, joinedOn: 4, union: 5 });

    const result = await backend.invoke('import:run', { token: inspection.token, mapping: inspection.mapping, jobId: 'import-cancel-1' });
    await expectCancelled(result, cancels);
    const progress = events.filter((e) => e.jobId === 'import-cancel-1' && e.phase === 'import.members');
    expect(progress.at(-1)!.total).toBe(ROWS); // every row valid and new
    expect(progress.at(-1)!.done).toBeLessThan(ROWS);

    expect(state(backend)).toEqual(before);
    expect((await call(backend, 'members:list', { offset: 0, limit: 1 })).total).toBe(500);
    expect((await call(backend, 'members:search', { query: cccdOf(1) })).total).toBe(0);
  });

  it('a cancel that comes with the last progress event still rolls back; the next full run rebuilds the indexes', async () => {
    // Above the bulk threshold (indexes dropped and rebuilt), and not a multiple of the 2,000-row
    // chunk, so the last progress event comes after the last checkpoint.
    const ROWS = 6_500;
    const { backend, union, events, cancels } = await office('import-cancel-2', (e) => e.done === e.total && e.total > 1);
    const before = state(backend);
    const inspection = await call(backend, 'import:inspect', { kind: 'members', fileName: 'ds.xlsx', base64: base64(bigWorkbook(ROWS, union.code!)) });

    const result = await backend.invoke('import:run', { token: inspection.token, mapping: inspection.mapping, jobId: 'import-cancel-2' });
    expect(events.filter((e) => e.jobId === 'import-cancel-2').at(-1)).toMatchObject({ done: ROWS, total: ROWS });
    await expectCancelled(result, cancels);
    expect(state(backend)).toEqual(before);

    const done = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping, jobId: 'import-full-2' });
    expect(done).toMatchObject({ imported: ROWS, updated: 0, skipped: 0, errors: [] });
    const after = state(backend);
    expect(after).toMatchObject({ members: 500 + ROWS, movements: before.movements + ROWS, memberIndexes: before.memberIndexes, movementIndexes: before.movementIndexes, integrity: 'ok' });
    expect(after.memberIndexes).toEqual(expect.arrayContaining(MEMBER_INDEXES));
    expect((await call(backend, 'members:list', { offset: 0, limit: 1 })).total).toBe(500 + ROWS);
    expect((await call(backend, 'members:list', { organizationId: union.id, status: 'active', limit: 1 })).total).toBe(union.activeMembers + ROWS);
    const hit = await call(backend, 'members:search', { query: cccdOf(4_321) });
    expect(nameOf(4_321)).toBe('Đặng Văn Diệu Bình');
    expect(hit.items.map((m) => [m.fullName, m.unionCode])).toEqual([[nameOf(4_321), union.code]]);
    expect((await call(backend, 'members:search', { query: 'dang van dieu b' })).items.map((m) => m.fullName)).toEqual([nameOf(4_321)]);
    // The bulk write keeps the member counts and ledger as a rebuild would, and so does its undo.
    const countsAfter = derivedTables(backend).kept.counts;
    expectDerivedAsRebuilt(backend);
    const [run] = await call(backend, 'imports:list', {});
    await call(backend, 'imports:undo', { id: run!.id });
    expect(state(backend)).toMatchObject({ members: 500, movements: before.movements });
    expectDerivedAsRebuilt(backend);
    expect(derivedTables(backend).kept.counts).not.toEqual(countsAfter);
  });
});
