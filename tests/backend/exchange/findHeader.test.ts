import { describe, expect, it } from 'vitest';
import { findHeader } from '../../../electron/backend/exchange/header/findHeader';
import { MEMBER_FIELDS } from '../../../electron/backend/exchange/members/fields';
import { UNION_FIELDS } from '../../../electron/backend/exchange/unions/fields';
import { readGrids } from '../../../electron/backend/exchange/workbook/readGrid';
import type { Cell, SheetGrid } from '../../../electron/backend/exchange/workbook/types';
import { memberSheet } from './helpers/memberSheet';
import { workbookBytes } from './helpers/workbooks';

function grid(rows: Cell[][]): SheetGrid {
  return { name: 'S', rows };
}

describe('findHeader on a messy member list', () => {
  const sheet = readGrids(workbookBytes([memberSheet]))[0];
  if (sheet === undefined) throw new Error('no sheet');
  const header = findHeader(sheet, MEMBER_FIELDS);

  it('finds the two-level header under the title rows and skips the numbering row', () => {
    expect(header?.headerRowIndex).toBe(6);
    expect(header?.headerRowCount).toBe(2);
    expect(header?.dataStartIndex).toBe(9);
  });

  it('labels sub-header columns with their parent', () => {
    expect(header?.columns.slice(0, 6)).toEqual([
      { index: 0, label: 'STT' },
      { index: 1, label: 'Họ và tên' },
      { index: 2, label: 'Ngày, tháng, năm sinh (Nam)' },
      { index: 3, label: 'Ngày, tháng, năm sinh (Nữ)' },
      { index: 4, label: 'Số CCCD' },
      { index: 5, label: 'Điện thoại' },
    ]);
  });

  it('maps the birth-date columns to the sex-column fields and every other column', () => {
    expect(header?.mapping).toEqual({
      rowNumber: 0,
      fullName: 1,
      birthDateMale: 2,
      birthDateFemale: 3,
      cccd: 4,
      phone: 5,
      unionPosition: 6,
      joinedOn: 7,
      partyMember: 8,
      union: 9,
      hometown: 10,
    });
  });
});

describe('findHeader variants', () => {
  it('reads a one-row header with folded, punctuated and upper-case synonyms', () => {
    const g = grid([
      ['DANH SÁCH ĐOÀN VIÊN', 'DANH SÁCH ĐOÀN VIÊN', 'DANH SÁCH ĐOÀN VIÊN'],
      ['TT', 'HỌ, TÊN', 'NS', 'Nam/Nữ', 'CMND/CCCD', 'Ngày cấp', 'Nơi cấp', 'SĐT', 'Văn hóa', 'LLCT', 'Chức danh', 'Số thẻ', 'Ngày cấp thẻ', 'Mã CĐCS'],
      [1, 'Nguyễn Văn An', 1985, 'Nam', '001085000111', '01/01/2021', 'Cục CS', '0912345678', '12/12', 'Trung cấp', 'Giáo viên', 'A1', '01/02/2020', 'TS01'],
    ]);
    const header = findHeader(g, MEMBER_FIELDS);
    expect(header).toMatchObject({ headerRowIndex: 1, headerRowCount: 1, dataStartIndex: 2 });
    expect(header?.mapping).toEqual({
      rowNumber: 0,
      fullName: 1,
      birthDate: 2,
      sex: 3,
      cccd: 4,
      cccdIssuedOn: 5,
      cccdIssuedBy: 6,
      phone: 7,
      education: 8,
      politicalTheory: 9,
      occupation: 10,
      cardNumber: 11,
      cardIssuedOn: 12,
      union: 13,
    });
  });

  it('reads "Giới tính" over Nam | Nữ columns holding an x, with a separate birth date', () => {
    const g = grid([
      ['STT', 'Họ và tên đoàn viên', 'Năm sinh', 'Giới tính', 'Giới tính', 'Dân tộc', 'Tôn giáo'],
      ['STT', 'Họ và tên đoàn viên', 'Năm sinh', 'Nam', 'Nữ', 'Dân tộc', 'Tôn giáo'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
      [1, 'Lò Văn Páo', 1980, 'x', null, 'Thái', 'Không'],
    ]);
    const header = findHeader(g, MEMBER_FIELDS);
    expect(header).toMatchObject({ headerRowIndex: 0, headerRowCount: 2, dataStartIndex: 3 });
    expect(header?.mapping).toMatchObject({ fullName: 1, birthDate: 2, birthDateMale: 3, birthDateFemale: 4, ethnicity: 5, religion: 6 });
  });

  it('a CMND/CCCD parent over Số | Ngày cấp | Nơi cấp', () => {
    const g = grid([
      ['Họ tên', 'CMND/CCCD', 'CMND/CCCD', 'CMND/CCCD', 'Ngày sinh'],
      ['Họ tên', 'Số', 'Ngày cấp', 'Nơi cấp', 'Ngày sinh'],
      ['Nguyễn Văn An', '001085000111', '01/01/2021', 'Cục CS QLHC', '15/03/1985'],
    ]);
    expect(findHeader(g, MEMBER_FIELDS)?.mapping).toEqual({ fullName: 0, cccd: 1, cccdIssuedOn: 2, cccdIssuedBy: 3, birthDate: 4 });
  });

  it('does not take a data row for a sub-header', () => {
    const g = grid([
      ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Quê quán'],
      ['Nguyễn Văn An', '15/03/1985', 'Nam', 'Hà Nội'],
      ['Trần Thị Bình', '05/06/1990', 'Nữ', 'Nam Định'],
    ]);
    expect(findHeader(g, MEMBER_FIELDS)).toMatchObject({
      headerRowIndex: 0,
      headerRowCount: 1,
      dataStartIndex: 1,
      mapping: { fullName: 0, birthDate: 1, sex: 2, hometown: 3 },
    });
  });

  it('skips blank rows between the header and the data', () => {
    const g = grid([['Họ và tên', 'Ngày sinh'], [], [null, null], ['Nguyễn Văn An', '15/03/1985']]);
    expect(findHeader(g, MEMBER_FIELDS)?.dataStartIndex).toBe(3);
  });

  it('returns null when no row names the fields', () => {
    expect(findHeader(grid([]), MEMBER_FIELDS)).toBeNull();
    expect(findHeader(grid([['BÁO CÁO'], ['Nội dung', 'Số lượng'], ['Tổng số', 12]]), MEMBER_FIELDS)).toBeNull();
  });

  it('looks no further than the first 30 rows', () => {
    const rows: Cell[][] = Array.from({ length: 30 }, (_, i) => [`Ghi chú ${i + 1}`]);
    rows.push(['Họ và tên', 'Ngày sinh', 'Giới tính']);
    expect(findHeader(grid(rows), MEMBER_FIELDS)).toBeNull();
    rows.splice(0, 1);
    expect(findHeader(grid(rows), MEMBER_FIELDS)?.headerRowIndex).toBe(29);
  });

  it('finds a grassroots-union header with "Tổng số CNVCLĐ" over Tổng số | Nữ', () => {
    const g = grid([
      ['DANH SÁCH CÔNG ĐOÀN CƠ SỞ', 'DANH SÁCH CÔNG ĐOÀN CƠ SỞ', 'DANH SÁCH CÔNG ĐOÀN CƠ SỞ'],
      ['STT', 'Mã CĐCS', 'Tên công đoàn cơ sở', 'Khu vực', 'Tổng số CNVCLĐ', 'Tổng số CNVCLĐ', 'Đoàn viên', 'Đoàn viên', 'Chủ tịch CĐCS'],
      ['STT', 'Mã CĐCS', 'Tên công đoàn cơ sở', 'Khu vực', 'Tổng số', 'Nữ', 'Tổng số', 'Nữ', 'Chủ tịch CĐCS'],
      [1, 'TS01', 'CĐCS Trường THCS A', 'Hành chính sự nghiệp', 50, 30, 48, 29, 'Lê Thị Hà'],
    ]);
    const header = findHeader(g, UNION_FIELDS);
    expect(header).toMatchObject({ headerRowIndex: 1, headerRowCount: 2, dataStartIndex: 3 });
    expect(header?.mapping).toEqual({ rowNumber: 0, code: 1, name: 2, sector: 3, workersTotal: 4, workersFemale: 5, chairName: 8 });
  });
});
