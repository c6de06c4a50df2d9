import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findHeader } from '../../../electron/backend/exchange/header/findHeader';
import { MEMBER_FIELDS } from '../../../electron/backend/exchange/members/fields';
import { parseMemberRows } from '../../../electron/backend/exchange/members/parseRows';
import { readGrids } from '../../../electron/backend/exchange/workbook/readGrid';
import { writeRejectedWorkbook } from '../../../electron/backend/exchange/workbook/writeRejected';
import { lookups, memberSheet, TODAY } from './helpers/memberSheet';
import { workbookBytes } from './helpers/workbooks';

async function prepare(locale: 'vi' | 'en' = 'vi') {
  const grid = readGrids(workbookBytes([memberSheet]))[0];
  if (grid === undefined) throw new Error('no sheet');
  const header = findHeader(grid, MEMBER_FIELDS);
  if (header === null) throw new Error('no header');
  const problems = parseMemberRows(grid, header, header.mapping, lookups, undefined, TODAY).flatMap((r) => r.problems);
  const bytes = await writeRejectedWorkbook(grid, header, problems, { locale, fields: MEMBER_FIELDS });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('no sheet written');
  return { sheet, grid, header };
}

function rowValues(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  const values = sheet.getRow(n).values;
  return Array.isArray(values) ? values.slice(1) : [];
}

describe('writeRejectedWorkbook', () => {
  it('writes the header labels plus a "Lý do" column, bold, with the first row frozen', async () => {
    const { sheet } = await prepare();
    expect(rowValues(sheet, 1)).toEqual([
      'STT',
      'Họ và tên',
      'Ngày, tháng, năm sinh (Nam)',
      'Ngày, tháng, năm sinh (Nữ)',
      'Số CCCD',
      'Điện thoại',
      'Chức vụ CĐ',
      'Ngày vào CĐ',
      'Đảng viên',
      'CĐCS',
      'Quê quán',
      'Lý do',
      'Dòng trong tệp gốc',
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes one row per rejected sheet row, in sheet order, with all its reasons', async () => {
    const { sheet } = await prepare();
    // Row 16 (another Nguyễn Văn An born the same day, another CCCD) is another person: imported, not rejected.
    expect(sheet.rowCount).toBe(1 + 5);
    expect(rowValues(sheet, 2).slice(0, 5)).toEqual([3, 'Lê Văn Cường', '1978', undefined, '123456789']);
    const row15 = rowValues(sheet, 4);
    expect(row15[12]).toBe(15);
    expect(row15.slice(0, 3)).toEqual([5, 'Hoàng Văn Em', '01/01/2030']);
    expect(String(row15[11]).split('\n')).toEqual([
      "Ngày, tháng, năm sinh (Nam) '01/01/2030' là một ngày chưa tới. Hãy kiểm tra lại năm.",
      "Số điện thoại '12345' không đúng. Hãy ghi 10 chữ số bắt đầu bằng 0 (ví dụ 0912345678), mỗi ô chỉ một số.",
      "Chức vụ công đoàn 'Trưởng phòng' không rõ. Hãy ghi một trong: Chủ tịch, Phó Chủ tịch, Ủy viên BCH, Ủy viên UBKT, Tổ trưởng, Tổ phó, hoặc để trống.",
    ]);
    expect(rowValues(sheet, 5)[11]).toBe('Số CCCD 001234567890 trùng với dòng 10 của tệp. Hãy xóa dòng trùng hoặc sửa lại số.');
  });

  it('writes date serials as dd/mm/yyyy and ID numbers as 12-digit text, so the file can be imported again', async () => {
    const { sheet } = await prepare();
    expect(rowValues(sheet, 2).slice(1, 2).concat(rowValues(sheet, 2)[7])).toEqual(['Lê Văn Cường', '01/05/2001']);
    expect(rowValues(sheet, 5)[4]).toBe('001234567890');
  });

  it('fits column widths, the reasons wider and wrapped', async () => {
    const { sheet } = await prepare();
    const stt = sheet.getColumn(1).width ?? 0;
    const name = sheet.getColumn(2).width ?? 0;
    const reason = sheet.getColumn(12).width ?? 0;
    expect(stt).toBeGreaterThanOrEqual(6);
    expect(stt).toBeLessThan(name);
    expect(reason).toBeGreaterThanOrEqual(30);
    expect(reason).toBeLessThanOrEqual(90);
    expect(sheet.getRow(2).getCell(12).alignment?.wrapText).toBe(true);
  });

  it('writes the reasons in English when asked', async () => {
    const { sheet } = await prepare('en');
    expect(rowValues(sheet, 1).slice(-2)).toEqual(['Reason', 'Row in the original file']);
    expect(String(rowValues(sheet, 3)[11])).toContain('does not exist');
  });

  it('can be read back and imported again: same header, same problems', async () => {
    const { sheet } = await prepare();
    const again = new ExcelJS.Workbook();
    const copy = again.addWorksheet('copy');
    sheet.eachRow((row) => copy.addRow(rowValues(sheet, row.number)));
    const bytes = new Uint8Array((await again.xlsx.writeBuffer()) as ArrayBuffer);
    const grid = readGrids(bytes)[0];
    if (grid === undefined) throw new Error('no sheet');
    const header = findHeader(grid, MEMBER_FIELDS);
    expect(header?.mapping).toMatchObject({ fullName: 1, birthDateMale: 2, birthDateFemale: 3, cccd: 4 });
    if (header === null) return;
    const rows = parseMemberRows(grid, header, header.mapping, lookups, undefined, TODAY);
    expect(rows.map((r) => r.problems.map((p) => p.code))).toEqual([
      ['invalidCccd'],
      ['impossibleDate', 'unknownUnion'],
      ['futureDate', 'invalidPhone', 'invalidPosition'],
      [],
      ['invalidSex'],
    ]);
  });
});
