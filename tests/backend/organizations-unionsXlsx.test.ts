import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from './../fixtures/backend';

const temp = useTempDirs();

describe('export:unionsXlsx', () => {
  it('writes the filtered CĐCS list to .xlsx, read back row by row with dates and numbers as cells', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await call(backend, 'setup:start', { mode: 'demo', unions: 25, members: 300, year: 2025 });
    const shown = await call(backend, 'unions:list', { sector: 'public_service', offset: 0, limit: 1000 });
    expect(shown.total).toBeGreaterThan(0);

    const result = await call(backend, 'export:unionsXlsx', { sector: 'public_service', includeDissolved: false });
    expect(result.rows).toBe(shown.total);
    expect(result.file).toMatch(/exports[\\/]danh-sach-cdcs.*\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(result.file);
    const sheet = workbook.getWorksheet('Danh sách CĐCS')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'STT', 'Mã', 'Tên công đoàn cơ sở', 'Tên viết tắt', 'Khu vực', 'Ngày thành lập', 'Ngày giải thể', 'CNVCLĐ', 'Trong đó nữ', 'Đoàn viên', 'Chủ tịch', 'Điện thoại']);
    expect(sheet.actualRowCount).toBe(shown.total + 1);
    shown.items.forEach((union, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(2).value).toBe(union.code);
      expect(row.getCell(3).value).toBe(union.name);
      expect(row.getCell(5).value).toBe('Hành chính sự nghiệp');
      if (union.foundedOn) expect((row.getCell(6).value as Date).toISOString().slice(0, 10)).toBe(union.foundedOn);
      expect(row.getCell(6).numFmt).toBe('dd/mm/yyyy');
      expect(row.getCell(8).value).toBe(union.workersTotal);
      expect(row.getCell(9).value).toBe(union.workersFemale);
      expect(row.getCell(10).value).toBe(union.activeMembers);
      expect(row.getCell(11).value).toBe(union.chairName);
    });
  });
});
