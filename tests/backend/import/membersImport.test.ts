import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { call, callError, count, readDb, useTempDirs } from '../../fixtures/backend';
import { messyMemberWorkbook } from '../../fixtures/messyMemberWorkbook';
import { base64 } from '../members/helpers';

const temp = useTempDirs();
const CODES: [string, string] = ['CS0001', 'CS0002'];
const FILE_CCCDS = ['001085777001', '001190777002', '001078777003', '001088777008'];

/** A small demo office (seed 7 keeps CS0001 and CS0002 open) and the messy list, inspected. */
async function setup() {
  const backend = temp.open({ dataDir: temp.dir() });
  await call(backend, 'setup:start', { mode: 'demo', unions: 5, members: 40, year: 2025, seed: 7 });
  const a = await call(backend, 'unions:byCode', { code: CODES[0] });
  const b = await call(backend, 'unions:byCode', { code: CODES[1] });
  expect([a.dissolvedOn, b.dissolvedOn]).toEqual([null, null]);
  const inspection = await call(backend, 'import:inspect', { kind: 'members', fileName: 'danh-sach-doan-vien.xlsx', base64: base64(messyMemberWorkbook(CODES)) });
  return { backend, a, b, inspection };
}

function snapshot(backend: Backend) {
  return readDb(backend.dbFile, (db) => ({
    members: count(db, 'SELECT count(*) FROM members'),
    movements: count(db, 'SELECT count(*) FROM member_movements'),
    keys: count(db, 'SELECT count(*) FROM member_search_keys'),
    audit: count(db, 'SELECT count(*) FROM audit_log'),
    settings: db.prepare('SELECT key, value FROM settings ORDER BY key').all(),
  }));
}

const imported = (backend: Backend) =>
  readDb(backend.dbFile, (db) =>
    db
      .prepare(
        `SELECT m.id, m.full_name, m.birth_date, m.sex, m.cccd, m.phone, m.joined_on, o.code
           FROM members m JOIN organizations o ON o.id = m.organization_id
          WHERE m.cccd IN (${FILE_CCCDS.map(() => '?').join(',')}) ORDER BY m.cccd`,
      )
      .all(...FILE_CCCDS),
  ) as { id: number; full_name: string; birth_date: string | null; sex: string | null; cccd: string; phone: string; joined_on: string | null; code: string }[];

describe('import members (database side)', () => {
  it('inspect finds the two-level header and suggests the mapping', async () => {
    const { inspection } = await setup();
    expect(inspection.headerRow).toBe(7);
    expect(inspection.encoding).toBe('unicode');
    expect(inspection.mapping).toMatchObject({ fullName: 1, birthDateMale: 2, birthDateFemale: 3, cccd: 4, phone: 5, joinedOn: 6, union: 7 });
    expect(inspection.columns.map((c) => c.label)).toEqual([
      'STT', 'Họ và tên', 'Ngày, tháng, năm sinh (Nam)', 'Ngày, tháng, năm sinh (Nữ)', 'Số CCCD', 'Điện thoại', 'Ngày vào CĐ', 'Mã CĐCS',
    ]);
    expect(inspection.fields.find((f) => f.key === 'fullName')).toEqual({ key: 'fullName', label: 'Họ và tên', required: true });
  });

  it('preview lists exactly the four bad rows, by sheet row and column label; nothing is written', async () => {
    const { backend, inspection } = await setup();
    const before = snapshot(backend);
    const preview = await call(backend, 'import:preview', { token: inspection.token, mapping: inspection.mapping });
    expect(preview).toMatchObject({ dataRows: 8, validRows: 4, rejectedRows: 4, problemCount: 4, duplicates: [] });
    expect(preview.problems.map((p) => [p.row, p.column, p.field])).toEqual([
      [13, 'Ngày, tháng, năm sinh (Nữ)', 'birthDateFemale'],
      [14, 'Số CCCD', 'cccd'],
      [15, 'Mã CĐCS', 'union'],
      [16, 'Số CCCD', 'cccd'],
    ]);
    expect(preview.problems[0]!.message).toContain('31/02/1990');
    expect(preview.problems[2]!.message).toContain('CS9999');
    expect(preview.problems[3]!.message).toContain('dòng 11');
    expect(snapshot(backend)).toEqual(before);
  });

  it('run imports the four good rows with "admitted" history where the file gives a join date', async () => {
    const { backend, a, b, inspection } = await setup();
    const before = snapshot(backend);
    const result = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping });
    expect(result).toMatchObject({ imported: 4, updated: 0, skipped: 0, dryRun: false });
    expect(result.errors.map((e) => e.row)).toEqual([13, 14, 15, 16]);
    expect(result.errors[0]).toEqual({ row: 13, column: 'Ngày, tháng, năm sinh (Nữ)', message: expect.stringContaining('31/02/1990') });
    expect(result.rejectedFile).toBeTruthy();
    expect(fs.existsSync(result.rejectedFile!)).toBe(true);

    const rows = imported(backend);
    expect(rows.map(({ id: _id, ...rest }) => rest)).toEqual([
      { full_name: 'Lê Văn Cường', birth_date: '1978', sex: 'male', cccd: '001078777003', phone: '', joined_on: null, code: CODES[1] },
      { full_name: 'Nguyễn Văn Đức', birth_date: '1985-03-15', sex: 'male', cccd: '001085777001', phone: '0912345678', joined_on: '2010-06-15', code: CODES[0] },
      { full_name: 'Đỗ Văn Hùng', birth_date: '1988-11-20', sex: 'male', cccd: '001088777008', phone: '', joined_on: null, code: CODES[1] },
      { full_name: 'Trần Thị Dung', birth_date: '1990-06-05', sex: 'female', cccd: '001190777002', phone: '', joined_on: '2015-09-01', code: CODES[0] },
    ]);
    const after = snapshot(backend);
    expect(after.members).toBe(before.members + 4);
    expect(after.movements).toBe(before.movements + 2);
    expect(after.audit).toBe(before.audit + 1);
    for (const row of rows) {
      const { movements } = await call(backend, 'members:get', { id: row.id });
      if (row.joined_on) {
        expect(movements.map((m) => [m.kind, m.date, m.toOrganizationId])).toEqual([['admitted', row.joined_on, row.code === CODES[0] ? a.id : b.id]]);
      } else {
        expect(movements).toEqual([]);
      }
    }
    // Searchable and listed at once.
    expect((await call(backend, 'members:search', { query: 'nguyen van duc' })).items.map((m) => m.cccd)).toContain('001085777001');
    expect((await call(backend, 'members:search', { query: '0912 345' })).items.map((m) => m.cccd)).toEqual(['001085777001']);
    const audit = readDb(backend.dbFile, (db) => db.prepare("SELECT action, entity, after FROM audit_log WHERE action = 'import'").all()) as { after: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ file: 'danh-sach-doan-vien.xlsx', imported: 4, rejected: 4 });
  });

  it('a second run skips the duplicates, or updates them (a changed phone is restored from the file)', async () => {
    const { backend, a, inspection } = await setup();
    await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping });
    const afterFirst = snapshot(backend);

    const preview = await call(backend, 'import:preview', { token: inspection.token, mapping: inspection.mapping });
    expect(preview.duplicates.map((d) => [d.row, d.reason])).toEqual([[10, 'cccd'], [11, 'cccd'], [12, 'cccd'], [17, 'cccd']]);
    expect(preview.duplicates[0]!.existingName).toBe('Nguyễn Văn Đức');

    const skip = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping, onDuplicate: 'skip' });
    expect(skip).toMatchObject({ imported: 0, updated: 0, skipped: 4 });
    expect(snapshot(backend).members).toBe(afterFirst.members);

    // Someone edits Đức's phone and moves Dung; the file still has the old phone.
    const duc = imported(backend).find((r) => r.cccd === '001085777001')!;
    const { member } = await call(backend, 'members:get', { id: duc.id });
    await call(backend, 'members:update', { id: duc.id, draft: { organizationId: member.organizationId, fullName: member.fullName, birthDate: member.birthDate, cccd: member.cccd, phone: '0987000000', joinedOn: member.joinedOn, occupation: 'Kế toán' } });
    expect((await call(backend, 'members:get', { id: duc.id })).member.phone).toBe('0987000000');
    const dung = imported(backend).find((r) => r.cccd === '001190777002')!;
    const other = (await call(backend, 'unions:list', { limit: 10 })).items.find((u) => u.id !== a.id)!;
    await call(backend, 'members:transfer', { memberIds: [dung.id], toOrganizationId: other.id, date: '2025-03-01' });

    const update = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping, onDuplicate: 'update' });
    expect(update).toMatchObject({ imported: 0, updated: 4, skipped: 0 });
    const got = (await call(backend, 'members:get', { id: duc.id })).member;
    expect(got.phone).toBe('0912345678');
    expect(got.occupation).toBe('Kế toán'); // empty in the file: kept
    // An update never moves a member: that is a transfer.
    expect((await call(backend, 'members:get', { id: dung.id })).member.organizationId).toBe(other.id);
    expect(snapshot(backend).members).toBe(afterFirst.members);
    expect((await call(backend, 'members:search', { query: '0987000' })).total).toBe(0);
    expect((await call(backend, 'members:search', { query: '0912345' })).items.map((m) => m.id)).toEqual([duc.id]);

    // 'import' takes them in again as new records.
    const again = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping, onDuplicate: 'import' });
    expect(again).toMatchObject({ imported: 4, updated: 0, skipped: 0 });
    expect(snapshot(backend).members).toBe(afterFirst.members + 4);
  });

  it('a dry run reports what it would do and writes nothing, not even the remembered mapping', async () => {
    const { backend, inspection } = await setup();
    const before = snapshot(backend);
    const result = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping, dryRun: true });
    expect(result).toMatchObject({ imported: 4, updated: 0, skipped: 0, dryRun: true, rejectedFile: null });
    expect(result.errors.map((e) => e.row)).toEqual([13, 14, 15, 16]);
    expect(snapshot(backend)).toEqual(before);
    expect(imported(backend)).toEqual([]);
    expect(fs.existsSync(path.join(backend.dataDir, 'exports'))).toBe(false);
    expect((await call(backend, 'members:search', { query: '001085777001' })).total).toBe(0);
  });

  it('import:rejected writes the bad rows with a "Lý do" column, readable by ExcelJS', async () => {
    const { backend, inspection } = await setup();
    await call(backend, 'import:preview', { token: inspection.token, mapping: inspection.mapping });
    const target = path.join(temp.dir(), 'loai.xlsx');
    const { file } = await call(backend, 'import:rejected', { token: inspection.token, target });
    expect(file).toBe(target);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-2)).toEqual(['Lý do', 'Dòng trong tệp gốc']);
    expect(header).toContain('Họ và tên');
    expect(sheet.rowCount).toBe(5);
    const nameColumn = header.indexOf('Họ và tên') + 1;
    const reasonColumn = header.length - 1;
    const rows = [2, 3, 4, 5].map((n) => sheet.getRow(n));
    expect(rows.map((r) => r.getCell(nameColumn).value)).toEqual(['Phạm Thị Hoa', 'Hoàng Văn Em', 'Vũ Thị Giang', 'Trần Thị Dung']);
    expect(String(rows[0]!.getCell(reasonColumn).value)).toContain('31/02/1990');
    expect(String(rows[1]!.getCell(reasonColumn).value)).toContain('CMND');
    expect(String(rows[2]!.getCell(reasonColumn).value)).toContain('CS9999');
    expect(String(rows[3]!.getCell(reasonColumn).value)).toContain('dòng 11');
  });

  it('refuses a file that is not Excel with IMPORT_UNREADABLE, in Vietnamese, naming the file', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await call(backend, 'setup:start', { mode: 'demo', unions: 3, members: 0, year: 2025 });
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n');
    const error = await callError(backend, 'import:inspect', { kind: 'members', fileName: 'Danh sách đoàn viên.pdf', base64: base64(pdf) });
    expect(error.code).toBe('IMPORT_UNREADABLE');
    expect(error.message).toContain('"Danh sách đoàn viên.pdf"');
    expect(error.message).toContain('Không đọc được tệp');
    expect((await callError(backend, 'import:preview', { token: 'imp-no-such-session', mapping: {} })).code).toBe('IMPORT_EXPIRED');
  });
});
