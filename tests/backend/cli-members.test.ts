import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineFailure } from '../fixtures/cli';
import { foldVietnamese } from '../../shared/domain/text/normalize';
import { call, count, readDb, useTempDirs } from '../fixtures/backend';
import { messyMemberWorkbook } from '../fixtures/messyMemberWorkbook';

const temp = useTempDirs();


interface CliItem {
  id: number;
  fullName: string;
  birthDate: string | null;
  unionCode: string | null;
  unionName: string;
  cccd: string | null;
}
const ITEM_KEYS = ['birthDate', 'cccd', 'fullName', 'id', 'unionCode', 'unionName'];

/** A data folder with a small demo office (seed 7 keeps CS0001 and CS0002 open); the backend is closed again. */
async function dataDir(members = 300) {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  await call(backend, 'setup:start', { mode: 'demo', unions: 5, members, year: 2025, seed: 7 });
  // The CĐCS with the most active members, for the list and export commands.
  const union = [...(await call(backend, 'unions:list', {})).items].sort((a, b) => b.activeMembers - a.activeMembers)[0]!;
  backend.close();
  return { dir, union, dbFile: backend.dbFile };
}

describe('uniondesk members / import / export (in process)', () => {
  it('members search --json gives {total, items} with exactly the documented item keys', async () => {
    const { dir, dbFile } = await dataDir();
    const nguyen = readDb(dbFile, (db) =>
      (db.prepare('SELECT name_fold FROM members').pluck().all() as string[]).filter((f) => f.split(' ').some((w) => w.startsWith('nguyen'))),
    ).length;
    expect(nguyen).toBeGreaterThan(5);

    const run = await cli(['members', 'search', 'Nguyễn', '--limit', '5', '--json', '--data-dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual([]);
    const out = run.json<{ total: number; items: CliItem[] }>();
    expect(Object.keys(out).sort()).toEqual(['items', 'total']);
    expect(out.total).toBe(nguyen);
    expect(out.items).toHaveLength(5);
    for (const item of out.items) {
      expect(Object.keys(item).sort()).toEqual(ITEM_KEYS);
      expect(foldVietnamese(item.fullName).split(' ').some((word) => word.startsWith('nguyen'))).toBe(true);
      expect(item.unionCode).toMatch(/^CS\d{4}$/);
      expect(item.cccd === null || /^\d{12}$/.test(item.cccd)).toBe(true);
    }

    // By CCCD, and the plain-text form: one tab-separated line per hit.
    const someone = out.items.find((i) => i.cccd !== null)!;
    const byCccd = await cli(['members', 'search', someone.cccd!, '--json', '--data-dir', dir]);
    expect(byCccd.json<{ items: CliItem[] }>().items).toEqual([someone]);
    const text = await cli(['members', 'search', someone.cccd!, '--data-dir', dir]);
    expect(text.stdout).toEqual([[someone.fullName, someone.birthDate ?? '', someone.cccd, someone.unionCode, someone.unionName].join('\t')]);
    expect((await cli(['members', 'search', 'khongaicoten', '--json', '--data-dir', dir])).json()).toEqual({ total: 0, items: [] });
  });

  it('members list --union --status --limit --offset pages the official order', async () => {
    const { dir, union, dbFile } = await dataDir();
    const official = readDb(dbFile, (db) =>
      db.prepare("SELECT id FROM members WHERE organization_id = ? AND status = 'active' ORDER BY sort_key, id").pluck().all(union.id),
    ) as number[];
    expect(official.length).toBeGreaterThan(10);

    const run = await cli(['members', 'list', '--union', union.code!, '--status', 'active', '--limit', '5', '--offset', '5', '--json', '--data-dir', dir]);
    expect(run.code).toBe(0);
    const out = run.json<{ total: number; items: CliItem[] }>();
    expect(out.total).toBe(official.length);
    expect(out.items.map((i) => i.id)).toEqual(official.slice(5, 10));
    for (const item of out.items) {
      expect(Object.keys(item).sort()).toEqual(ITEM_KEYS);
      expect(item).toMatchObject({ unionCode: union.code, unionName: union.name });
    }
  });

  it('an unknown union code, a bad status or a bad number: one Vietnamese line on stderr', async () => {
    const { dir } = await dataDir(20);
    const unknown = await cli(['members', 'list', '--union', 'CS9999', '--json', '--data-dir', dir]);
    expect(unknown.code).toBe(1);
    expect(expectOneLineFailure(unknown)).toBe('uniondesk: Không tìm thấy công đoàn cơ sở "CS9999".');
    const status = await cli(['members', 'list', '--status', 'retired', '--data-dir', dir]);
    expect(status.code).toBe(2);
    expect(expectOneLineFailure(status)).toContain('--status active|transferred_out|left|deceased');
    expect((await cli(['members', 'list', '--limit', 'ten', '--data-dir', dir])).code).toBe(2);
    const noQuery = await cli(['members', 'search', '--data-dir', dir]);
    expect(noQuery.code).toBe(2);
    expectOneLineFailure(noQuery);
  });

  it('import members --union --dry-run --json reports the sheet rows of the bad lines and writes nothing', async () => {
    const { dir, dbFile } = await dataDir(20);
    const file = path.join(temp.dir(), 'danh sách.xlsx');
    fs.writeFileSync(file, messyMemberWorkbook(['CS0001', 'CS0002']));
    const before = readDb(dbFile, (db) => count(db, 'SELECT count(*) FROM members'));

    const run = await cli(['import', 'members', file, '--union', 'CS0001', '--dry-run', '--json', '--data-dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual([]);
    const out = run.json<{ imported: number; updated: number; skipped: number; errors: { row: number; column: string; message: string }[] }>();
    expect(Object.keys(out).sort()).toEqual(['errors', 'imported', 'possibleDuplicates', 'skipped', 'updated']);
    expect(out).toMatchObject({ imported: 4, updated: 0, skipped: 0 });
    expect(out.errors.map((e) => [e.row, e.column])).toEqual([
      [13, 'Ngày, tháng, năm sinh (Nữ)'],
      [14, 'Số CCCD'],
      [15, 'Mã CĐCS'],
      [16, 'Số CCCD'],
    ]);
    for (const error of out.errors) expect(Object.keys(error).sort()).toEqual(['column', 'message', 'row']);
    expect(readDb(dbFile, (db) => count(db, 'SELECT count(*) FROM members'))).toBe(before);

    // For real, in text: a summary line, one line per problem, then where the rejected rows went.
    const real = await cli(['import', 'members', file, '--data-dir', dir]);
    expect(real.code).toBe(0);
    const lines = real.stdout.join('\n').split('\n');
    expect(lines[0]).toBe('Đã nhập 4, cập nhật 0, bỏ qua 0 (trùng), 4 lỗi:');
    expect(lines.slice(1, 5).map((l) => l.trim().split('\t')[0])).toEqual(['13', '14', '15', '16']);
    expect(lines[5]).toMatch(/^Các dòng lỗi \(có cột "Lý do"\) ở .*\.xlsx\.$/);
    expect(readDb(dbFile, (db) => count(db, 'SELECT count(*) FROM members'))).toBe(before + 4);
    // Again: all four are duplicates now and skipped.
    const again = await cli(['import', 'members', file, '--on-duplicate', 'skip', '--json', '--data-dir', dir]);
    expect(again.json()).toMatchObject({ imported: 0, skipped: 4 });
  });

  it('an unreadable or missing file: non-zero exit, one line naming the file', async () => {
    const { dir } = await dataDir(20);
    const file = path.join(temp.dir(), 'ghi-chu.xlsx');
    fs.writeFileSync(file, 'Đây không phải là tệp Excel.\n'.repeat(20));
    const line = expectOneLineFailure(await cli(['import', 'members', file, '--json', '--data-dir', dir]));
    expect(line).toContain('Không đọc được tệp "ghi-chu.xlsx"');
    const missing = expectOneLineFailure(await cli(['import', 'members', path.join(dir, 'khong-co.xlsx'), '--data-dir', dir]));
    expect(missing).toContain('khong-co.xlsx');
    expect((await cli(['import', 'members', '--data-dir', dir])).code).toBe(2);
  });

  it('export members --out --union writes a workbook ExcelJS reads back', async () => {
    const { dir, union, dbFile } = await dataDir();
    const out = path.join(temp.dir(), 'xuat', `doan-vien ${union.code}.xlsx`);
    fs.mkdirSync(path.dirname(out));
    const run = await cli(['export', 'members', '--out', out, '--union', union.code!, '--json', '--data-dir', dir]);
    expect(run.code).toBe(0);
    const active = readDb(dbFile, (db) =>
      db.prepare("SELECT full_name FROM members WHERE organization_id = ? AND status = 'active' ORDER BY sort_key, id").pluck().all(union.id),
    ) as string[];
    expect(run.json()).toEqual({ file: out, rows: active.length });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 2)).toEqual(['STT', 'Họ và tên']);
    expect(header).not.toContain('Số CCCD'); // no personal data without --personal
    const names: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) names.push(row.getCell(2).value);
    });
    expect(names).toEqual(active);

    const text = await cli(['export', 'members', '--out', out, '--union', union.code!, '--personal', '--data-dir', dir]);
    expect(text.stdout).toEqual([`Đã xuất ${active.length} đoàn viên vào ${out}.`]);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(out);
    expect((again.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toContain('Số CCCD');
    expect(expectOneLineFailure(await cli(['export', 'members', '--union', 'CS0001', '--data-dir', dir]))).toContain('--out');
  });

  it('import unions FILE --json', async () => {
    const { dir, dbFile } = await dataDir(0);
    const rows = [
      ['STT', 'Tên CĐCS', 'Mã CĐCS', 'Khu vực', 'Tổng số CNVCLĐ', 'Nữ'],
      [1, 'Công đoàn cơ sở Công ty TNHH Sao Mai', 'CS0201', 'Doanh nghiệp ngoài nhà nước', 120, 80],
      [2, 'Công đoàn cơ sở Trường THCS Phụng Châu', null, 'HCSN', 45, 30],
      [3, 'Công đoàn cơ sở Công ty Cổ phần Lạc Hồng', null, 'Không rõ', 10, 2],
    ];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'CĐCS');
    const file = path.join(temp.dir(), 'cdcs.xlsx');
    fs.writeFileSync(file, new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer));
    const unionsBefore = readDb(dbFile, (db) => count(db, "SELECT count(*) FROM organizations WHERE level = 'grassroots'"));

    const run = await cli(['import', 'unions', file, '--json', '--data-dir', dir]);
    expect(run.code).toBe(0);
    const out = run.json<{ imported: number; updated: number; skipped: number; errors: { row: number; column: string; message: string }[] }>();
    expect(out).toMatchObject({ imported: 2, updated: 0, skipped: 0 });
    expect(out.errors).toEqual([{ row: 4, column: 'Khu vực', message: expect.stringContaining('Không rõ') }]);
    readDb(dbFile, (db) => {
      expect(count(db, "SELECT count(*) FROM organizations WHERE level = 'grassroots'")).toBe(unionsBefore + 2);
      expect(db.prepare("SELECT sector FROM organizations WHERE code = 'CS0201'").pluck().get()).toBe('private_enterprise');
      expect(db.prepare("SELECT sector FROM organizations WHERE name = 'Công đoàn cơ sở Trường THCS Phụng Châu'").pluck().get()).toBe('public_service');
    });
    const again = await cli(['import', 'unions', file, '--on-duplicate', 'skip', '--json', '--data-dir', dir]);
    expect(again.json()).toMatchObject({ imported: 0, skipped: 2 });
  });
});
