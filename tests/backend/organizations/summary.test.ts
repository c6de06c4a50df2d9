import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { MemberDraftInput } from '../../../shared/members/model';
import { call, useTempDirs, withDb } from '../../fixtures/backend';
import { admit, emptyOffice } from '../members/helpers';

const temp = useTempDirs();

/** The summary's member counts as they were computed before member_counts: over every member row. */
const COUNTED_BY_SECTOR = `
  SELECT o.sector AS sector, count(*) AS count,
         coalesce(sum((SELECT count(*) FROM members m WHERE m.organization_id = o.id AND m.status = 'active')), 0) AS members
    FROM organizations o
    JOIN organizations office ON office.id = o.parent_id AND office.is_own_office = 1
   WHERE o.level = 'grassroots' AND (o.dissolved_on IS NULL OR o.dissolved_on > @onDate)
   GROUP BY o.sector ORDER BY count DESC`;
const COUNTED_ACTIVE = `SELECT count(*) AS active, coalesce(sum(sex = 'female'), 0) AS female FROM members WHERE status = 'active'`;
const COUNTED_ADMITTED = `SELECT count(*) FROM member_movements WHERE kind = 'admitted' AND date BETWEEN '2025-01-01' AND '2025-12-31'`;

/** FIXED_NOW's day: the day the summary counts CĐCS not yet dissolved on. */
const TODAY = '2025-03-15';

function counted(db: Database.Database) {
  return {
    bySector: db.prepare(COUNTED_BY_SECTOR).all({ onDate: TODAY }),
    ...(db.prepare(COUNTED_ACTIVE).get() as { active: number; female: number }),
    admittedThisYear: db.prepare(COUNTED_ADMITTED).pluck().get(),
  };
}

async function expectSummaryCounted(backend: Backend) {
  const summary = await call(backend, 'organizations:summary', {});
  const reference = withDb(backend, counted);
  expect(summary.bySector).toEqual(reference.bySector);
  expect(summary.members).toEqual({ active: reference.active, female: reference.female, admittedThisYear: reference.admittedThisYear, year: 2025 });
  return summary;
}

async function editSex(backend: Backend, id: number, sex: MemberDraftInput['sex']) {
  const { member } = await call(backend, 'members:get', { id });
  await call(backend, 'members:update', {
    id,
    draft: { organizationId: member.organizationId, fullName: member.fullName, birthDate: member.birthDate, sex, partyMember: member.partyMember },
  });
}

describe('organizations:summary from the kept member counts', () => {
  it('equals the counts over every member row after admissions, transfers, departures, edits, a deletion and its undo, a dissolution', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [school, garment, hospital] = await emptyOffice(backend, [
      { name: 'CĐCS Trường Tiểu học Đông La', sector: 'public_service' },
      { name: 'CĐCS Công ty May 10', sector: 'private_enterprise' },
      { name: 'CĐCS Bệnh viện Đa khoa Hà Đông', sector: 'public_service' },
    ]);
    const unions = [school!.id, garment!.id, hospital!.id];
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) {
      const date = i % 3 === 0 ? '2024-12-31' : `2025-0${1 + (i % 3)}-1${i % 10}`;
      ids.push(await admit(backend, unions[i % 3]!, `Đoàn viên ${i}`, { sex: i % 2 === 0 ? 'female' : 'male' }, date));
    }
    const first = await expectSummaryCounted(backend);
    expect(first.members).toMatchObject({ active: 12, female: 6, admittedThisYear: 8 });

    await call(backend, 'members:transfer', { memberIds: [ids[0]!, ids[3]!], toOrganizationId: garment!.id, date: '2025-02-01' });
    await call(backend, 'members:transfer', { memberIds: [ids[1]!], toName: 'CĐCS Công ty Điện lực', date: '2025-02-02' });
    await call(backend, 'members:end', { memberIds: [ids[2]!], kind: 'left', date: '2025-02-03' });
    await call(backend, 'members:end', { memberIds: [ids[4]!], kind: 'deceased', date: '2025-02-04' });
    await editSex(backend, ids[5]!, 'female');
    await editSex(backend, ids[6]!, null);
    await call(backend, 'members:transferIn', { draft: { organizationId: hospital!.id, fullName: 'Phạm Thị Hoa', sex: 'female' }, date: '2025-03-01', fromName: 'CĐCS ngoài' });
    const afterMoves = await expectSummaryCounted(backend);
    expect(afterMoves.members.active).toBe(10);

    const { undoId } = await call(backend, 'members:delete', { ids: [ids[7]!, ids[8]!] });
    expect((await expectSummaryCounted(backend)).members.active).toBe(8);
    await call(backend, 'imports:undo', { id: undoId });
    expect((await expectSummaryCounted(backend)).members.active).toBe(10);

    const hospitalMembers = (await call(backend, 'members:list', { organizationId: hospital!.id, status: 'active', limit: 50 })).items.map((m) => m.id);
    await call(backend, 'members:transfer', { memberIds: hospitalMembers, toOrganizationId: school!.id, date: '2025-03-02' });
    await call(backend, 'unions:dissolve', { id: hospital!.id, date: TODAY, decisionNo: '12/QĐ-LĐLĐ' });
    const afterDissolution = await expectSummaryCounted(backend);
    expect(afterDissolution.bySector).toEqual([
      { sector: 'public_service', count: 1, members: 6 },
      { sector: 'private_enterprise', count: 1, members: 4 },
    ]);

    // A correction by hand that no service makes is counted too.
    withDb(backend, (db) => db.exec(`UPDATE members SET status = 'left' WHERE id = ${ids[9]!}`));
    expect((await expectSummaryCounted(backend)).members.active).toBe(9);
  });
});
