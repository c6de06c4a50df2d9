import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/backend/backend';
import type { MemberFilter } from '../../../shared/members/query';
import { FIXED_NOW, call, readDb } from '../../fixtures/backend';
import { admit, idsInOfficialOrder } from './helpers';

/*
 * One demo office of 60 CĐCS and 30,000 members, shared by the tests of this file (seeding takes
 * a few seconds). Tests run in order; the last ones write to it.
 */
const TOTAL = 30_000;
let dir: string;
let backend: Backend;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uniondesk-paging-'));
  backend = openBackend({ dataDir: dir, now: FIXED_NOW });
  await call(backend, 'setup:start', { mode: 'demo', unions: 60, members: TOTAL, year: 2025, seed: 11 });
}, 60_000);

afterAll(() => {
  backend?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Row {
  id: number;
  organization_id: number;
  status: string;
  sex: string | null;
  union_position: string;
  birth_date: string | null;
  joined_on: string | null;
}

function readRows(): Row[] {
  return readDb(backend.dbFile, (db) =>
    db.prepare('SELECT id, organization_id, status, sex, union_position, birth_date, joined_on FROM members ORDER BY sort_key, id').all(),
  ) as Row[];
}

/** The members matching a filter, in the official order, computed here from the raw rows. */
function expectedIds(filter: MemberFilter, rows = readRows()): number[] {
  const year = FIXED_NOW().getFullYear();
  return rows
    .filter((r) => filter.organizationId === undefined || r.organization_id === filter.organizationId)
    .filter((r) => filter.status === undefined || r.status === filter.status)
    .filter((r) => filter.sex === undefined || r.sex === filter.sex)
    .filter((r) => filter.position === undefined || r.union_position === filter.position)
    .filter((r) => filter.ageFrom === undefined || (r.birth_date !== null && year - Number(r.birth_date.slice(0, 4)) >= filter.ageFrom))
    .filter((r) => filter.ageTo === undefined || (r.birth_date !== null && year - Number(r.birth_date.slice(0, 4)) <= filter.ageTo))
    .filter((r) => filter.joinYear === undefined || r.joined_on?.slice(0, 4) === String(filter.joinYear))
    .map((r) => r.id);
}

async function pageIds(filter: MemberFilter, offset: number, limit: number) {
  const page = await call(backend, 'members:list', { ...filter, offset, limit });
  return { total: page.total, ids: page.items.map((m) => m.id) };
}

/** Walks the whole list page by page. */
async function walk(filter: MemberFilter, limit: number): Promise<number[]> {
  const ids: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await pageIds(filter, offset, limit);
    ids.push(...page.ids);
    if (page.ids.length < limit) return ids;
  }
}

describe('members:list paging over 30,000 members', () => {
  it('returns pages at offsets 0, 25,000 (deep, from anchors) and 29,990 that match the full ordered scan', async () => {
    const scan = idsInOfficialOrder(backend);
    expect(scan).toHaveLength(TOTAL);
    for (const offset of [0, 19_990, 20_000, 20_999, 21_000, 25_000, 29_990]) {
      const page = await pageIds({}, offset, 50);
      expect(page.total).toBe(TOTAL);
      expect(page.ids, `offset ${offset}`).toEqual(scan.slice(offset, offset + 50));
    }
    expect((await pageIds({}, 29_990, 50)).ids).toHaveLength(10);
    expect((await pageIds({}, TOTAL, 50)).ids).toEqual([]);
    expect((await pageIds({}, TOTAL + 5_000, 50)).ids).toEqual([]);
  });

  it('joins pages up without gaps or duplicates across the whole list, deep pages included', async () => {
    const scan = idsInOfficialOrder(backend);
    const walked = await walk({}, 500);
    expect(walked).toHaveLength(TOTAL);
    expect(new Set(walked).size).toBe(TOTAL);
    expect(walked).toEqual(scan);
    // An odd page size that straddles the anchor (every 1,000) and direct-offset (20,000) boundaries.
    const window: number[] = [];
    for (let offset = 19_700; offset < 21_300; offset += 73) window.push(...(await pageIds({}, offset, 73)).ids);
    expect(window).toEqual(scan.slice(19_700, 19_700 + window.length));
    expect(window.length).toBeGreaterThanOrEqual(1_600);
  });

  it('counts right with each filter and pages a filtered list deep', async () => {
    const unions = await call(backend, 'unions:list', { limit: 1000 });
    const biggest = [...unions.items].sort((a, b) => b.activeMembers - a.activeMembers)[0]!;
    const filters: MemberFilter[] = [
      { status: 'active' },
      { status: 'left' },
      { status: 'transferred_out' },
      { organizationId: biggest.id },
      { sex: 'female' },
      { sex: 'male', status: 'active' },
      { ageFrom: 30, ageTo: 40 },
      { ageFrom: 50 },
      { ageTo: 25 },
      { joinYear: 2024 },
      { position: 'chair' },
      { position: 'executive_member', sex: 'female' },
      { organizationId: biggest.id, status: 'active', ageFrom: 20, ageTo: 60 },
    ];
    const rows = readRows();
    for (const filter of filters) {
      const expected = expectedIds(filter, rows);
      const page = await pageIds(filter, 0, 100);
      expect(page.total, JSON.stringify(filter)).toBe(expected.length);
      expect(page.ids, JSON.stringify(filter)).toEqual(expected.slice(0, 100));
    }
    expect(expectedIds({ position: 'chair' }, rows).length).toBeGreaterThan(0);
    expect(expectedIds({ status: 'left' }, rows).length).toBeGreaterThan(0);

    const active = expectedIds({ status: 'active' }, rows);
    expect(active.length).toBeGreaterThan(25_000);
    for (const offset of [24_000, 24_999, active.length - 7]) {
      expect((await pageIds({ status: 'active' }, offset, 50)).ids, `active @${offset}`).toEqual(active.slice(offset, offset + 50));
    }
    const female = expectedIds({ sex: 'female' }, rows);
    for (const offset of [999, 1_000, female.length - 3]) {
      expect((await pageIds({ sex: 'female' }, offset, 20)).ids, `female @${offset}`).toEqual(female.slice(offset, offset + 20));
    }
  });

  it('refreshes cached anchors and counts after a write: a new member appears in place, totals +1', async () => {
    // Warm the caches: deep pages (anchors) and filtered counts.
    const before = idsInOfficialOrder(backend);
    const activeBefore = expectedIds({ status: 'active' });
    expect((await pageIds({}, 25_000, 50)).ids).toEqual(before.slice(25_000, 25_050));
    expect((await pageIds({ status: 'active' }, 24_000, 10)).total).toBe(activeBefore.length);
    const union = (await call(backend, 'unions:list', { limit: 1 })).items[0]!;
    const unionTotal = (await pageIds({ organizationId: union.id }, 0, 1)).total;

    // "Ái" sorts near the very start: every deep page shifts by one.
    const early = await admit(backend, union.id, 'Nguyễn Thị Ái', { sex: 'female' }, '2025-03-01');
    const after = idsInOfficialOrder(backend);
    expect(after).toHaveLength(TOTAL + 1);
    const position = after.indexOf(early);
    expect(position).toBeLessThan(1_000);
    expect(after.slice(0, position).concat(after.slice(position + 1))).toEqual(before);

    const deep = await pageIds({}, 25_000, 50);
    expect(deep.total).toBe(TOTAL + 1);
    expect(deep.ids).toEqual(after.slice(25_000, 25_050));
    expect(deep.ids[0]).toBe(before[24_999]);
    expect((await pageIds({}, Math.max(0, position - 3), 7)).ids).toContain(early);
    expect((await pageIds({ status: 'active' }, 24_000, 10)).total).toBe(activeBefore.length + 1);
    expect((await pageIds({ status: 'active' }, 24_000, 10)).ids).toEqual(expectedIds({ status: 'active' }).slice(24_000, 24_010));
    expect((await pageIds({ organizationId: union.id }, 0, 1)).total).toBe(unionTotal + 1);

    // "Yến" sorts near the end: it shows up on a deep page read from the anchors.
    const late = await admit(backend, union.id, 'Trần Thị Yến', { sex: 'female' }, '2025-03-01');
    const last = idsInOfficialOrder(backend);
    const latePosition = last.indexOf(late);
    expect(latePosition).toBeGreaterThan(25_000);
    const around = await pageIds({}, latePosition - 2, 5);
    expect(around.total).toBe(TOTAL + 2);
    expect(around.ids).toEqual(last.slice(latePosition - 2, latePosition + 3));
    expect(around.ids[2]).toBe(late);

    // A status change moves a member between the cached status counts.
    await call(backend, 'members:end', { memberIds: [late], kind: 'left', date: '2025-03-10' });
    expect((await pageIds({ status: 'active' }, 24_000, 1)).total).toBe(activeBefore.length + 1);
    expect((await pageIds({ status: 'left' }, 0, 1)).total).toBe(expectedIds({ status: 'left' }).length);
    expect(expectedIds({ status: 'left' })).toContain(late);

    // A delete: gone from the deep pages, the total back down.
    await call(backend, 'members:delete', { ids: [early] });
    const final = idsInOfficialOrder(backend);
    const deepAfterDelete = await pageIds({}, 25_000, 50);
    expect(deepAfterDelete.total).toBe(TOTAL + 1);
    expect(deepAfterDelete.ids).toEqual(final.slice(25_000, 25_050));
  });
});
