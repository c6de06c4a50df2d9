import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { openDatabase } from '../../../electron/backend/db/connection';
import { withBulkMemberWrites } from '../../../electron/backend/members/bulk';
import { forgetMemberMemo } from '../../../electron/backend/statistics/figureSession';
import { computeYearFigures } from '../../../electron/backend/statistics/yearFigures';
import { call, useTempDirs } from '../../fixtures/backend';
import { ACTOR, withDb } from './office';
import { MEMBER_CODES, referenceMemberFigures } from './referenceFigures';

const temp = useTempDirs();

/** Cut-offs of the test: every default one of 2022–2026 and two moved ones. */
const CASES: { year: number; cutoff?: string }[] = [{ year: 2022 }, { year: 2023 }, { year: 2024 }, { year: 2025 }, { year: 2026 }, { year: 2025, cutoff: '2025-12-15' }, { year: 2024, cutoff: '2024-06-30' }];

const DAYS = ['2022-11-30', '2022-12-01', '2023-11-30', '2023-12-01', '2024-06-30', '2024-11-30', '2024-12-01', '2025-06-01', '2025-11-30', '2025-12-01', '2025-12-15', '2025-12-16', '2026-05-01'];

/**
 * The demo office (30 CĐCS, 1,500 members) and movements on both sides of every cut-off: new
 * members, transfers inside the office and out of it, arrivals from outside, departures, deaths,
 * a CĐCS moved to another office in mid-2024 and one dissolved after the 2025 cut-off.
 */
async function seededOffice(): Promise<Backend> {
  const backend = temp.open({ dataDir: temp.dir(), actor: ACTOR });
  await call(backend, 'setup:start', { mode: 'demo', unions: 30, members: 1500, year: 2025, seed: 11 });
  const { unions, veterans } = withDb(backend, (db) => ({
    unions: db.prepare("SELECT id FROM organizations WHERE level = 'grassroots' AND dissolved_on IS NULL ORDER BY id").pluck().all() as number[],
    veterans: db
      .prepare(
        `SELECT m.id, m.organization_id AS org FROM members m WHERE m.status = 'active'
            AND NOT EXISTS (SELECT 1 FROM member_movements mv WHERE mv.member_id = m.id AND mv.date >= '2022-01-01') ORDER BY m.id LIMIT 60`,
      )
      .all() as { id: number; org: number }[],
  }));
  expect(unions.length).toBeGreaterThan(10);
  expect(veterans.length).toBe(60);
  const [moved, dissolved] = [unions[3] as number, unions[4] as number];
  const otherUnion = (org: number) => unions.find((u) => u !== org && u !== moved && u !== dissolved) as number;

  for (const [i, date] of DAYS.entries()) {
    const org = unions[(i * 7) % unions.length] as number;
    for (let k = 0; k < 3; k++) {
      await call(backend, 'members:admit', { draft: { organizationId: org, fullName: `Đoàn viên mới ${i}.${k}`, sex: k % 2 ? 'male' : 'female', partyMember: k === 2 }, date, decisionNo: '' });
    }
    await call(backend, 'members:transferIn', { draft: { organizationId: org, fullName: `Đến từ ngoài ${i}`, sex: 'female', partyMember: i % 2 === 0 }, date, decisionNo: '', fromName: 'CĐCS ngoài đơn vị' });
  }
  // Sex not recorded: still a Party member when the cut-off is re-placed.
  await call(backend, 'members:admit', { draft: { organizationId: unions[0] as number, fullName: 'Chưa rõ giới tính', partyMember: true }, date: '2025-12-16', decisionNo: '' });
  let next = 0;
  const veteran = () => veterans[next++] as { id: number; org: number };
  for (const date of DAYS) {
    const a = veteran();
    await call(backend, 'members:transfer', { memberIds: [a.id], toOrganizationId: otherUnion(a.org), date, decisionNo: '' });
    await call(backend, 'members:transfer', { memberIds: [veteran().id], toName: 'LĐLĐ huyện bên cạnh', date, decisionNo: '' });
    await call(backend, 'members:end', { memberIds: [veteran().id], kind: 'left', date, decisionNo: '' });
    await call(backend, 'members:end', { memberIds: [veteran().id], kind: 'deceased', date, decisionNo: '' });
  }
  await call(backend, 'unions:move', { id: moved, managerName: 'Công đoàn xã bên cạnh', date: '2024-06-01', decisionNo: '9/QĐ' });
  const leaving = withDb(backend, (db) => db.prepare("SELECT id FROM members WHERE organization_id = ? AND status = 'active'").pluck().all(dissolved) as number[]);
  await call(backend, 'members:transfer', { memberIds: leaving, toOrganizationId: otherUnion(dissolved), date: '2025-12-01', decisionNo: '10/QĐ' });
  await call(backend, 'unions:dissolve', { id: dissolved, date: '2025-12-01', decisionNo: '10/QĐ' });
  return backend;
}

const memberValues = (figures: ReturnType<typeof computeYearFigures>) => {
  const byCode = new Map(figures.map((f) => [f.code, f]));
  const pick = (key: 'value' | 'lastYear') => Object.fromEntries(MEMBER_CODES.map((code) => [code, byCode.get(code)?.[key] ?? null]));
  return { value: pick('value'), lastYear: pick('lastYear') };
};

describe('member figures against a row-by-row reference', () => {
  it('are the same for every year and cut-off, from scratch and when the charts read older years after the current one', async () => {
    const backend = await seededOffice();
    const db = openDatabase(backend.dbFile, { readonly: true });
    try {
      const scratch = new Map<string, ReturnType<typeof computeYearFigures>>();
      let movementsSeen = 0;
      for (const options of CASES) {
        forgetMemberMemo(db);
        const figures = computeYearFigures(db, { ...options, locale: 'vi' });
        scratch.set(JSON.stringify(options), figures);
        const reference = referenceMemberFigures(db, options.year, options.cutoff);
        expect({ options, ...memberValues(figures) }).toEqual({ options, ...reference });
        movementsSeen += Object.entries(reference.value).filter(([code, n]) => code !== 'members.total' && code !== 'members.coverage' && (n ?? 0) > 0).length;
      }
      // The data really moves: flows of every kind happen in the years checked.
      expect(movementsSeen).toBeGreaterThan(20);

      // One kept ledger, asked in the report's order (this year, then the chart years oldest
      // first) and out of order: a later year after an earlier one, cut-offs inside read ranges.
      forgetMemberMemo(db);
      for (const options of [CASES[4], CASES[0], CASES[1], CASES[2], CASES[3], CASES[5], CASES[6], CASES[4]]) {
        if (!options) continue;
        expect(computeYearFigures(db, { ...options, locale: 'vi' })).toEqual(scratch.get(JSON.stringify(options)));
      }
      forgetMemberMemo(db);
      for (const options of [CASES[1], CASES[4], CASES[6], CASES[0], CASES[5], CASES[3]]) {
        if (!options) continue;
        expect(computeYearFigures(db, { ...options, locale: 'vi' })).toEqual(scratch.get(JSON.stringify(options)));
      }
    } finally {
      db.close();
    }
  }, 60_000);

  it('are the same while a bulk import has dropped the indexes, which come back as they were', async () => {
    const backend = await seededOffice();
    const db = openDatabase(backend.dbFile);
    const indexSql = () => db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('members', 'member_movements') ORDER BY name").all();
    try {
      const before = indexSql();
      expect(before).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'member_movements_statistics' }), expect.objectContaining({ name: 'members_sex_party' })]));
      const expected = CASES.map((options) => computeYearFigures(db, { ...options, locale: 'vi' }));
      db.exec('BEGIN');
      const during = await withBulkMemberWrites(db, async () => {
        expect(indexSql()).toEqual([]);
        return CASES.map((options) => {
          forgetMemberMemo(db);
          return computeYearFigures(db, { ...options, locale: 'vi' });
        });
      });
      db.exec('COMMIT');
      expect(during).toEqual(expected);
      expect(indexSql()).toEqual(before);
    } finally {
      db.close();
    }
  }, 60_000);
});
