import ExcelJS from 'exceljs';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { MemberLedger } from '../../../electron/backend/statistics/memberLedger';
import { computeYearFigures } from '../../../electron/backend/statistics/yearFigures';
import { memberDraftSchema, type MemberDraftInput } from '../../../shared/members/model';
import { call, useTempDirs, withDb } from '../../fixtures/backend';
import { admit, base64, emptyOffice } from '../members/helpers';

const temp = useTempDirs();

/** A small deterministic random source (the sequence is the same on every run). */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

/** The reference: the ledger rebuilt from every movement, with each member's sex and Party flag now. */
const FROM_SCRATCH = `
  SELECT CASE WHEN substr(mv.date, 6) <= '05-31' THEN substr(mv.date, 1, 4) || '-05-31'
              WHEN substr(mv.date, 6) <= '11-30' THEN substr(mv.date, 1, 4) || '-11-30'
              ELSE (CAST(substr(mv.date, 1, 4) AS INTEGER) + 1) || '-05-31' END AS bucket,
         mv.kind, coalesce(mv.to_organization_id, 0) AS to_org, coalesce(mv.from_organization_id, 0) AS from_org,
         count(*) AS n, sum(coalesce(m.sex IS 'female', 0)) AS female, sum(coalesce(m.party_member, 0)) AS party
    FROM member_movements mv LEFT JOIN members m ON m.id = mv.member_id
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;

/** The reference for member_counts: the active members counted row by row. */
const COUNTED = `SELECT organization_id, count(*) AS total, sum(sex IS 'female') AS female, sum(party_member) AS party
                   FROM members WHERE status = 'active' GROUP BY organization_id ORDER BY organization_id`;

const kept = (db: Database.Database) => db.prepare('SELECT * FROM member_movement_ledger ORDER BY 1, 2, 3, 4').all();

/** The movements in (lo, hi] read the old way, one row each, grouped as MemberLedger groups them. */
function rawGroups(db: Database.Database, lo: string, hi: string) {
  return db
    .prepare(
      `SELECT mv.kind, mv.to_organization_id AS "to", mv.from_organization_id AS "from", count(*) AS n,
              sum(coalesce(m.sex IS 'female', 0)) AS female, sum(coalesce(m.party_member, 0)) AS party
         FROM member_movements mv LEFT JOIN members m ON m.id = mv.member_id
        WHERE mv.date > ? AND mv.date <= ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    )
    .all(lo, hi);
}

const byKey = (groups: { kind: string; to: number | null; from: number | null }[]) =>
  [...groups].sort((a, b) => `${a.kind}|${a.to}|${a.from}`.localeCompare(`${b.kind}|${b.to}|${b.from}`));

/** The kept ledger equals a rebuild; reading it between any two days (half-year ends or not) equals the raw movements. */
function expectConsistent(backend: Backend, days: string[]) {
  withDb(backend, (db) => {
    expect(kept(db)).toEqual(db.prepare(FROM_SCRATCH).all());
    expect(db.prepare('SELECT * FROM member_counts ORDER BY organization_id').all()).toEqual(db.prepare(COUNTED).all());
    for (let i = 0; i + 1 < days.length; i++) {
      const [lo, hi] = [days[i] as string, days[i + 1] as string];
      const ledger = new MemberLedger(db);
      ledger.ensure([lo, hi]);
      expect(byKey(ledger.between(lo, hi)), `${lo}…${hi}`).toEqual(byKey(rawGroups(db, lo, hi) as never[]));
    }
  });
}

/** The figures of a year with the kept ledger, then with the ledger rebuilt from scratch. */
function figuresKeptAndRebuilt(backend: Backend, year: number, cutoff?: string) {
  return withDb(backend, (db) => {
    const keptFigures = computeYearFigures(db, { year, locale: 'vi', cutoff });
    db.transaction(() => {
      db.exec('DELETE FROM member_movement_ledger');
      db.exec(`INSERT INTO member_movement_ledger ${FROM_SCRATCH}`);
      db.exec('DELETE FROM member_counts');
      db.exec(`INSERT INTO member_counts ${COUNTED}`);
    })();
    return { kept: keptFigures, rebuilt: computeYearFigures(db, { year, locale: 'vi', cutoff }) };
  });
}

const DAYS = ['2023-04-30', '2023-11-30', '2024-05-31', '2024-07-14', '2024-11-30', '2025-02-03', '2025-05-31', '2025-11-30', '2026-11-30'];
const draftKeys = Object.keys(memberDraftSchema.shape);

async function editPerson(backend: Backend, id: number, change: Partial<MemberDraftInput>) {
  const { member } = await call(backend, 'members:get', { id });
  const draft = Object.fromEntries(draftKeys.map((key) => [key, member[key as keyof typeof member]])) as MemberDraftInput;
  await call(backend, 'members:update', { id, draft: { ...draft, ...change } });
}

describe('the member ledger and counts kept by triggers (migrations NNNN-member-movement-ledger, NNNN-member-counts)', () => {
  it('equals a rebuild from scratch after random admissions, transfers, departures, changes of sex and Party, deletions and their undo', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const unions = (await emptyOffice(backend, ['CĐCS Trường Tiểu học Đông La', 'CĐCS Công ty May 10', 'CĐCS Bệnh viện Đa khoa Hà Đông'])).map((u) => u.id);
    const rng = random(20251215);
    const day = () => `${rng.pick(['2023', '2024', '2025', '2026'])}-${String(1 + rng.int(12)).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`;
    const active = async () => (await call(backend, 'members:list', { status: 'active', limit: 500 })).items.map((m) => m.id);
    const undoIds: number[] = [];
    for (let i = 0; i < 30; i++) {
      await admit(backend, rng.pick(unions), `Đoàn viên ${i}`, { sex: rng.pick(['male', 'female', null] as const), partyMember: rng.next() < 0.3 }, day());
    }
    await call(backend, 'members:transferIn', { draft: { organizationId: unions[0] as number, fullName: 'Phạm Thị Hoa', sex: 'female', partyMember: true }, date: '2025-11-30', fromName: 'CĐCS ngoài' });
    expectConsistent(backend, DAYS);
    for (let step = 0; step < 60; step++) {
      const ids = await active();
      const id = rng.pick(ids);
      const what = rng.int(7);
      if (what === 0) await admit(backend, rng.pick(unions), `Người mới ${step}`, { sex: rng.pick(['male', 'female'] as const), partyMember: rng.next() < 0.5 }, day());
      else if (what === 1) {
        const { member } = await call(backend, 'members:get', { id });
        await call(backend, 'members:transfer', { memberIds: [id], toOrganizationId: rng.pick(unions.filter((u) => u !== member.organizationId)), date: day() });
      }
      else if (what === 2) await call(backend, 'members:transfer', { memberIds: [id], toName: 'CĐCS Công ty Điện lực', date: day() });
      else if (what === 3) await call(backend, 'members:end', { memberIds: [id], kind: rng.pick(['left', 'deceased'] as const), date: day() });
      else if (what === 4) await editPerson(backend, id, { sex: rng.pick(['male', 'female', null] as const), partyMember: rng.next() < 0.5 });
      else if (what === 5) undoIds.push((await call(backend, 'members:delete', { ids: [id, rng.pick(ids)].filter((x, j, all) => all.indexOf(x) === j) })).undoId);
      else if (undoIds.length > 0) await call(backend, 'imports:undo', { id: undoIds.pop() as number });
      if (step % 10 === 9) expectConsistent(backend, DAYS);
    }
    // A direct write no service makes (a correction by hand) is kept too.
    withDb(backend, (db) => db.exec("UPDATE member_movements SET date = '2024-12-01' WHERE id = (SELECT min(id) FROM member_movements)"));
    withDb(backend, (db) => db.exec("UPDATE members SET party_member = 1 - party_member, sex = CASE sex WHEN 'female' THEN 'male' ELSE 'female' END WHERE id % 3 = 0"));
    expectConsistent(backend, DAYS);

    for (const [year, cutoff] of [[2025, undefined], [2026, undefined], [2025, '2025-10-15']] as const) {
      const { kept: keptFigures, rebuilt } = figuresKeptAndRebuilt(backend, year, cutoff);
      expect(keptFigures).toEqual(rebuilt);
      expect(keptFigures.find((f) => f.code === 'members.total')?.value).toBeGreaterThan(0);
    }
  }, 120_000);

  it('is right after a bulk import of new members (indexes and member triggers off meanwhile), its undo and a restore', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [union] = await emptyOffice(backend, [{ name: 'Công đoàn cơ sở Công ty May 10', code: 'CS0001' }]);
    const existing = await admit(backend, union!.id, 'Trần Thị Dung', { sex: 'female', birthDate: '1990-06-05' }, '2024-03-01');
    const backup = await call(backend, 'db:backup', {});
    const triggers = withDb(backend, (db) => db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").pluck().get());
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS');
    sheet.addRow(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Đảng viên', 'Ngày vào công đoàn', 'Mã CĐCS']);
    for (let i = 0; i < 5_200; i++) {
      sheet.addRow([`Nguyễn Văn Số ${i}`, `${String(1 + (i % 28)).padStart(2, '0')}/01/${1970 + (i % 30)}`, i % 3 === 0 ? 'Nữ' : 'Nam', i % 4 === 0 ? 'x' : '', `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/${2023 + (i % 2)}`, 'CS0001']);
    }
    const inspection = await call(backend, 'import:inspect', { kind: 'members', fileName: 'ds.xlsx', base64: base64(new Uint8Array(await book.xlsx.writeBuffer())) });
    expect(await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping, onDuplicate: 'skip' })).toMatchObject({ imported: 5_200 });
    withDb(backend, (db) => {
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'members_ledger_%'").pluck().get()).toBe(3);
      expect(db.prepare('SELECT sum(female), sum(party) FROM member_movement_ledger').raw().get()).toEqual([1 + 1_734, 1_300]);
      expect(db.prepare('SELECT total, female, party FROM member_counts').raw().all()).toEqual([[5_201, 1 + 1_734, 1_300]]);
    });
    expectConsistent(backend, DAYS);
    // The member triggers are back: a change of sex after the import still reaches the ledger.
    await editPerson(backend, existing, { sex: 'male', partyMember: true });
    expectConsistent(backend, DAYS);

    const [run] = await call(backend, 'imports:list', {});
    await call(backend, 'imports:undo', { id: run!.id });
    expectConsistent(backend, DAYS);
    withDb(backend, (db) => expect(kept(db)).toEqual([{ bucket: '2024-05-31', kind: 'admitted', to_org: union!.id, from_org: 0, n: 1, female: 0, party: 1 }]));

    const backupName = backup.file.split(/[\\/]/).at(-1) as string;
    await call(backend, 'backups:restore', { name: backupName });
    expectConsistent(backend, DAYS);
    withDb(backend, (db) => expect(kept(db)).toEqual([{ bucket: '2024-05-31', kind: 'admitted', to_org: union!.id, from_org: 0, n: 1, female: 1, party: 0 }]));
    // The restore copied rows with the triggers off, and put them back.
    await editPerson(backend, existing, { partyMember: true });
    await admit(backend, union!.id, 'Lê Thị Lan', { sex: 'female' }, '2025-01-02');
    expectConsistent(backend, DAYS);
    withDb(backend, (db) => expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").pluck().get()).toBe(triggers));
  }, 180_000);
});
