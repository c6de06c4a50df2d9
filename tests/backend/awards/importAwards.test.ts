import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli } from '../../fixtures/cli';
import { call, callError, count, readDb, useTempDirs } from '../../fixtures/backend';
import { awardsOffice } from './helpers';

const temp = useTempDirs();

async function workbook(rows: (string | number | null)[][], file: string) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG']);
  sheet.addRow([]);
  for (const row of rows) sheet.addRow(row);
  await book.xlsx.writeFile(file);
  return file;
}

const GOOD = [
  ['TT', 'Họ và tên', 'Đơn vị', 'Thành tích', 'Loại'],
  [1, 'Nguyễn Văn Một', 'Công ty May Đức Giang', 'Hoàn thành xuất sắc nhiệm vụ', 'Cá nhân'],
  [2, 'Công đoàn cơ sở Trường Mầm non Hoa Sen', '', 'Tập thể vững mạnh', 'Tập thể'],
  [3, 'Trần Thị Ba', 'Trường Tiểu học Ngọc Hòa', '', ''],
];

async function office() {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  await awardsOffice(backend);
  return { dir, backend };
}

describe('import awards', () => {
  it('prices a Giấy khen dated 01/07/2026 on the new base salary: awards list --json shows 760000 and 1520000', async () => {
    const { dir, backend } = await office();
    const file = await workbook(GOOD.slice(0, 3), path.join(temp.dir(), 'ds-2026.xlsx'));
    backend.close();
    const run = await cli(['import', 'awards', file, '--decision', '40/QĐ-CĐP', '--date', '2026-07-01', '--form', 'GK', '--data-dir', dir, '--json']);
    expect(run.stderr).toEqual([]);
    expect(run.json()).toEqual({ imported: 2, updated: 0, skipped: 0, errors: [] });
    const listed = await cli(['awards', 'list', '--year', '2026', '--data-dir', dir, '--json']);
    expect(listed.json<{ recipient: string; amount: number }[]>().map((i) => [i.recipient, i.amount])).toEqual([
      ['Nguyễn Văn Một', 760_000],
      ['Công đoàn cơ sở Trường Mầm non Hoa Sen', 1_520_000],
    ]);
  });

  it('creates the decision and its awards from a list, priced on the decision date', async () => {
    const { dir, backend } = await office();
    const file = await workbook(GOOD, path.join(temp.dir(), 'ds.xlsx'));
    backend.close();
    const run = await cli(['import', 'awards', file, '--decision', '15/QĐ-CĐP', '--date', '2025-12-02', '--form', 'GK', '--data-dir', dir, '--json']);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.json()).toEqual({ imported: 3, updated: 0, skipped: 0, errors: [] });
    const listed = await cli(['awards', 'list', '--year', '2025', '--data-dir', dir, '--json']);
    const items = listed.json<Record<string, unknown>[]>();
    expect(items).toEqual([
      { decision: '15/QĐ-CĐP', date: '2025-12-02', form: 'Giấy khen', title: null, issuer: 'Công đoàn phường Chương Mỹ', recipientKind: 'individual', recipient: 'Nguyễn Văn Một', amount: 710_000 },
      { decision: '15/QĐ-CĐP', date: '2025-12-02', form: 'Giấy khen', title: null, issuer: 'Công đoàn phường Chương Mỹ', recipientKind: 'collective', recipient: 'Công đoàn cơ sở Trường Mầm non Hoa Sen', amount: 1_410_000 },
      { decision: '15/QĐ-CĐP', date: '2025-12-02', form: 'Giấy khen', title: null, issuer: 'Công đoàn phường Chương Mỹ', recipientKind: 'individual', recipient: 'Trần Thị Ba', amount: 710_000 },
    ]);
    // A second list goes into the same decision.
    const more = await workbook([['Họ và tên', 'Thành tích'], ['Lê Văn Bốn', 'Tích cực']], path.join(temp.dir(), 'them.xlsx'));
    const again = await cli(['import', 'awards', more, '--decision', '15/QĐ-CĐP', '--date', '2025-12-02', '--form', 'GK', '--data-dir', dir, '--json']);
    expect(again.json()).toMatchObject({ imported: 1, errors: [] });
    const dbFile = path.join(dir, 'uniondesk.db');
    expect(readDb(dbFile, (db) => count(db, 'SELECT count(*) FROM award_decisions'))).toBe(1);
    expect(readDb(dbFile, (db) => db.prepare('SELECT recipient_name FROM awards ORDER BY position').pluck().all())).toEqual([
      'Nguyễn Văn Một',
      'Công đoàn cơ sở Trường Mầm non Hoa Sen',
      'Trần Thị Ba',
      'Lê Văn Bốn',
    ]);
  });

  it('lists bad rows by the sheet’s row and column and writes nothing', async () => {
    const { dir, backend } = await office();
    const file = await workbook([...GOOD, [4, '', 'Đơn vị X', 'Không tên', ''], [5, 'Phạm Văn Năm', '', '', 'Nhóm']], path.join(temp.dir(), 'loi.xlsx'));
    backend.close();
    const run = await cli(['import', 'awards', file, '--decision', '15/QĐ-CĐP', '--date', '2025-12-02', '--form', 'GK', '--data-dir', dir, '--json']);
    expect(run.code).toBe(1);
    expect(run.json()).toEqual({
      imported: 0,
      updated: 0,
      skipped: 0,
      errors: [
        { row: 7, column: 'Họ và tên', message: 'Thiếu họ tên hoặc tên tập thể.' },
        { row: 8, column: 'Loại', message: '"Nhóm" không phải "Cá nhân" hoặc "Tập thể".' },
      ],
    });
    const dbFile = path.join(dir, 'uniondesk.db');
    expect(readDb(dbFile, (db) => count(db, 'SELECT count(*) FROM award_decisions') + count(db, 'SELECT count(*) FROM awards'))).toBe(0);
  });

  it('refuses an unknown form code and a missing option with one line', async () => {
    const { dir, backend } = await office();
    const file = await workbook(GOOD, path.join(temp.dir(), 'ds.xlsx'));
    backend.close();
    const unknown = await cli(['import', 'awards', file, '--decision', '1/QĐ-CĐP', '--date', '2025-12-02', '--form', 'XYZ', '--data-dir', dir]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.join('')).toContain('XYZ');
    const missing = await cli(['import', 'awards', file, '--date', '2025-12-02', '--form', 'GK', '--data-dir', dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.join('')).toContain('--decision');
    expect(fs.existsSync(file)).toBe(true);
  });

  it('reads an old .xls list too, and refuses a file that is not a spreadsheet, naming it', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await awardsOffice(backend);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(GOOD), 'DS');
    const xls = Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Uint8Array).toString('base64');
    const read = await call(backend, 'awardDecisions:importList', { fileName: 'ds.xls', base64: xls });
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => [r.recipientName, r.recipientKind])).toEqual([
      ['Nguyễn Văn Một', 'individual'],
      ['Công đoàn cơ sở Trường Mầm non Hoa Sen', 'collective'],
      ['Trần Thị Ba', 'individual'],
    ]);
    const bad = await callError(backend, 'awardDecisions:importList', { fileName: 'anh.png', base64: Buffer.from('not a spreadsheet at all').toString('base64') });
    expect(bad.code).toBe('IMPORT_UNREADABLE');
    expect(bad.message).toContain('anh.png');
  });

  // Names that are not in the office's data (matchRecipients.test.ts covers the linking).
  const UNLINKED = { memberId: null, organizationId: null, match: 'none', candidates: [] };

  it('reads a list pasted from Excel (tab-separated, with or without a header)', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await awardsOffice(backend);
    const withHeader = await call(backend, 'awardDecisions:parseList', { text: 'Họ và tên\tĐơn vị\tThành tích\r\nNguyễn Văn A\tTổ 1\t"Dòng 1\nDòng 2"\r\n\r\nTrần B\t\t\r\n' });
    expect(withHeader).toEqual({
      rows: [
        { recipientName: 'Nguyễn Văn A', recipientUnit: 'Tổ 1', achievement: 'Dòng 1 Dòng 2', recipientKind: 'individual', ...UNLINKED },
        { recipientName: 'Trần B', recipientUnit: '', achievement: '', recipientKind: 'individual', ...UNLINKED },
      ],
      errors: [],
    });
    const bare = await call(backend, 'awardDecisions:parseList', { text: 'Lê C\tPhòng Kế toán\tTích cực\n\tX\tY' });
    expect(bare.rows).toEqual([{ recipientName: 'Lê C', recipientUnit: 'Phòng Kế toán', achievement: 'Tích cực', recipientKind: 'individual', ...UNLINKED }]);
    expect(bare.errors).toEqual([{ row: 2, column: 'A', message: 'Thiếu họ tên hoặc tên tập thể.' }]);
  });
});
