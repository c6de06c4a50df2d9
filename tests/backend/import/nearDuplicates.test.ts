import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';
import { workbookBytes } from '../exchange/helpers/workbooks';
import { base64 } from '../members/helpers';

const temp = useTempDirs();

/**
 * In the office: Nguyễn Thị Hòa 01/02/1990 (CCCD …001), Trần Văn An 03/04/1985 (no CCCD),
 * Đào Văn Minh 05/06/1980 (CCCD …003). The file (sheet rows 2–9):
 *   2 Nguyễn Thị Hóa  01/02/1990 …011  different diacritics, different CCCD → possible duplicate
 *   3 Nguyễn Thị Hoa  01/02/1990 …012  the same                            → possible duplicate
 *   4 Trần Văn Ân     03/04/1985 —     An/Ân                               → possible duplicate
 *   5 Dao Văn Minh    05/06/1980 …013  Dao/Đào                             → possible duplicate
 *   6 Trần Văn An     03/04/1985 …014  the exact name, the member has no CCCD → duplicate
 *   7 Nguyễn Thị Hòa  01/02/1990 …001  the same CCCD                        → duplicate
 *   8 NGUYỄN THỊ HÒA  01/02/1990 —     the exact name (case folded) of row 7, no CCCD → duplicate in the file
 *   9 Nguyễn Thị Hóa  01/02/1990 …021  Hóa of row 2 with another CCCD: another person → possible duplicate
 * No near match is rejected; 5 rows are new members, 2 duplicates skipped, row 8 refused.
 */
async function office() {
  const backend = temp.open({ dataDir: temp.dir() });
  await call(backend, 'setup:start', { mode: 'empty', officeName: 'Công đoàn phường Chương Mỹ', year: 2025 });
  const union = await call(backend, 'unions:save', { draft: { name: 'CĐCS Trường A', code: 'CS0001', foundedOn: '2010-01-01' } });
  const admit = (fullName: string, birthDate: string, cccd: string | null) =>
    call(backend, 'members:admit', { draft: { organizationId: union.id, fullName, birthDate, cccd, sex: 'female' }, date: '2020-01-01', decisionNo: '' });
  await admit('Nguyễn Thị Hòa', '1990-02-01', '001190000001');
  await admit('Trần Văn An', '1985-04-03', null);
  await admit('Đào Văn Minh', '1980-06-05', '001080000003');
  const rows = [
    ['Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã CĐCS'],
    ['Nguyễn Thị Hóa', '01/02/1990', '001190000011', 'CS0001'],
    ['Nguyễn Thị Hoa', '01/02/1990', '001190000012', 'CS0001'],
    ['Trần Văn Ân', '03/04/1985', null, 'CS0001'],
    ['Dao Văn Minh', '05/06/1980', '001080000013', 'CS0001'],
    ['Trần Văn An', '03/04/1985', '001085000014', 'CS0001'],
    ['Nguyễn Thị Hòa', '01/02/1990', '001190000001', 'CS0001'],
    ['NGUYỄN THỊ HÒA', '01/02/1990', null, 'CS0001'],
    ['Nguyễn Thị Hóa', '01/02/1990', '001190000021', 'CS0001'],
  ];
  const inspection = await call(backend, 'import:inspect', { kind: 'members', fileName: 'ds.xlsx', base64: base64(workbookBytes([{ name: 'DS', rows }])) });
  return { backend, inspection };
}

describe('member import duplicates: the exact name with its diacritics, near matches only shown', () => {
  it('takes Hòa/Hóa/Hoa, An/Ân, Dao/Đào as possible duplicates, never rejects them, and skips the real ones', async () => {
    const { backend, inspection } = await office();
    const preview = await call(backend, 'import:preview', { token: inspection.token, mapping: inspection.mapping });
    expect(preview.problems.map((p) => [p.row, p.field, p.message])).toEqual([[8, 'fullName', 'Họ tên và ngày sinh trùng với dòng 7 của tệp. Nếu là cùng một người, hãy xóa dòng trùng.']]);
    expect(preview.duplicates.map((d) => [d.row, d.reason, d.existingName])).toEqual([
      [6, 'nameBirth', 'Trần Văn An'],
      [7, 'cccd', 'Nguyễn Thị Hòa'],
    ]);
    expect(preview.possibleDuplicates.map((d) => [d.row, d.reason, d.existingName])).toEqual([
      [2, 'similarName', 'Nguyễn Thị Hòa'],
      [3, 'similarName', 'Nguyễn Thị Hòa'],
      [4, 'similarName', 'Trần Văn An'],
      [5, 'similarName', 'Đào Văn Minh'],
      [9, 'similarName', 'Nguyễn Thị Hòa'],
    ]);
    const result = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping, onDuplicate: 'skip' });
    expect(result).toMatchObject({ imported: 5, skipped: 2, updated: 0 });
    expect(result.errors.map((e) => e.row)).toEqual([8]);
    expect(result.possibleDuplicates.map((p) => [p.row, p.name])).toEqual([
      [2, 'Nguyễn Thị Hóa'],
      [3, 'Nguyễn Thị Hoa'],
      [4, 'Trần Văn Ân'],
      [5, 'Dao Văn Minh'],
      [9, 'Nguyễn Thị Hóa'],
    ]);
  });
});
