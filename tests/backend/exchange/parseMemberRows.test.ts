import { describe, expect, it } from 'vitest';
import { findHeader } from '../../../electron/backend/exchange/header/findHeader';
import { MEMBER_FIELDS } from '../../../electron/backend/exchange/members/fields';
import { parseMemberRows } from '../../../electron/backend/exchange/members/parseRows';
import { readGrids } from '../../../electron/backend/exchange/workbook/readGrid';
import type { Cell, SheetGrid } from '../../../electron/backend/exchange/workbook/types';
import { lookups, memberSheet, TODAY } from './helpers/memberSheet';
import { workbookBytes } from './helpers/workbooks';

function load(bookType: 'xlsx' | 'xls') {
  const grid = readGrids(workbookBytes([memberSheet], bookType))[0];
  if (grid === undefined) throw new Error('no sheet');
  const header = findHeader(grid, MEMBER_FIELDS);
  if (header === null) throw new Error('no header');
  return { grid, header, rows: parseMemberRows(grid, header, header.mapping, lookups, undefined, TODAY) };
}

describe.each(['xlsx', 'xls'] as const)('parseMemberRows on the messy list (.%s)', (bookType) => {
  const { rows } = load(bookType);
  const byRow = new Map(rows.map((r) => [r.row, r]));

  it('gives one result per data row, with the sheet’s own row numbers', () => {
    // Skipped: blank rows 12 and 22, row 20 (only its STT), the total row 21; the signature
    // lines from row 23 end the list.
    expect(rows.map((r) => r.row)).toEqual([10, 11, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('imports the clean rows as complete drafts', () => {
    expect(byRow.get(10)).toEqual({
      row: 10,
      problems: [],
      draft: expect.objectContaining({
        organizationId: 11,
        fullName: 'Nguyễn Văn An',
        birthDate: '1985-03-15',
        sex: 'male',
        cccd: '001234567890',
        phone: '0912345678',
        unionPosition: 'chair',
        joinedOn: '2010-06-15',
        partyMember: true,
        hometown: 'Hà Nội',
        ethnicity: '',
        cardNumber: '',
      }),
    });
    expect(byRow.get(11)?.draft).toMatchObject({
      organizationId: 11,
      fullName: 'Trần Thị Bình',
      birthDate: '1990-06-05',
      sex: 'female',
      cccd: '012345678901',
      phone: '0912345678',
      unionPosition: 'none',
      joinedOn: '2015-09-01',
      partyMember: false,
      hometown: 'Nam Định',
    });
    expect(byRow.get(18)?.draft).toMatchObject({
      organizationId: 12,
      fullName: 'Đỗ Văn Hùng',
      birthDate: '1988-11-20',
      sex: 'male',
      cccd: '098765432101',
      unionPosition: 'group_leader',
      partyMember: true,
    });
  });

  it('reports each problem with its row, the file’s header label and the field, left to right', () => {
    const problems = rows.flatMap((r) => r.problems);
    expect(problems).toEqual([
      { row: 13, column: 'Số CCCD', field: 'cccd', code: 'invalidCccd', params: { value: '123456789', reason: 'oldCmnd', digits: 9 } },
      { row: 14, column: 'Ngày, tháng, năm sinh (Nữ)', field: 'birthDateFemale', code: 'impossibleDate', params: { value: '31/02/1990' } },
      { row: 14, column: 'CĐCS', field: 'union', code: 'unknownUnion', params: { value: 'CĐCS Không Có' } },
      { row: 15, column: 'Ngày, tháng, năm sinh (Nam)', field: 'birthDateMale', code: 'futureDate', params: { value: '01/01/2030' } },
      { row: 15, column: 'Điện thoại', field: 'phone', code: 'invalidPhone', params: { value: '12345' } },
      { row: 15, column: 'Chức vụ CĐ', field: 'unionPosition', code: 'invalidPosition', params: { value: 'Trưởng phòng' } },
      // Row 16 is another Nguyễn Văn An born the same day, with another CCCD: another person.
      { row: 17, column: 'Số CCCD', field: 'cccd', code: 'duplicateInFile', params: { firstRow: 10, by: 'cccd', value: '001234567890' } },
      {
        row: 19,
        column: 'Ngày, tháng, năm sinh (Nam) / Ngày, tháng, năm sinh (Nữ)',
        field: 'sex',
        code: 'invalidSex',
        params: { reason: 'both' },
      },
    ]);
  });

  it('gives no draft for a row with problems', () => {
    for (const row of rows) expect(row.draft === null, `row ${row.row}`).toBe(row.problems.length > 0);
  });
});

describe('parseMemberRows details', () => {
  const header = (labels: string[]) => ({
    columns: labels.map((label, index) => ({ index, label })),
    dataStartIndex: 1,
  });

  function parse(labels: string[], mapping: Record<string, number>, data: Cell[][], defaultOrganizationId?: number) {
    const grid: SheetGrid = { name: 'S', rows: [labels, ...data] };
    return parseMemberRows(grid, header(labels), mapping, lookups, defaultOrganizationId, TODAY);
  }

  it('uses the default union when the file has no union column', () => {
    const rows = parse(['Họ và tên', 'Năm sinh'], { fullName: 0, birthDate: 1 }, [['lê văn cường', 1978]], 12);
    expect(rows[0]?.draft).toMatchObject({ organizationId: 12, fullName: 'Lê Văn Cường', birthDate: '1978' });
  });

  it('says when it cannot know the union, and when the name is missing', () => {
    const rows = parse(['Họ và tên', 'Năm sinh'], { fullName: 0, birthDate: 1 }, [['Lê Văn Cường', 1978], [null, 1980]]);
    expect(rows[0]?.problems).toEqual([{ row: 2, column: '', field: 'union', code: 'missingUnion' }]);
    expect(rows[1]?.problems.map((p) => [p.field, p.code, p.column])).toEqual([
      ['fullName', 'required', 'Họ và tên'],
      ['union', 'missingUnion', ''],
    ]);
  });

  it('reads the Nam | Nữ layout with an x, and a separate sex column', () => {
    const rows = parse(
      ['Họ và tên', 'Năm sinh', 'Giới tính (Nam)', 'Giới tính (Nữ)'],
      { fullName: 0, birthDate: 1, birthDateMale: 2, birthDateFemale: 3 },
      [
        ['Lò Văn Páo', 1980, 'x', null],
        ['Lò Thị Xoan', 1982, null, 'X'],
        ['Lò Văn Khoa', 1983, 'có lẽ', null],
        ['Lò Thị Mai', 1984, null, 'Nữ'],
        ['Lò Văn Tòng', 1985, 'Nữ', null],
      ],
      11,
    );
    expect(rows[0]?.draft).toMatchObject({ sex: 'male', birthDate: '1980' });
    expect(rows[1]?.draft).toMatchObject({ sex: 'female', birthDate: '1982' });
    expect(rows[2]?.problems).toEqual([
      { row: 4, column: 'Giới tính (Nam)', field: 'birthDateMale', code: 'invalidSex', params: { value: 'có lẽ' } },
    ]);
    expect(rows[3]?.draft).toMatchObject({ sex: 'female', birthDate: '1984' });
    expect(rows[4]?.problems.map((p) => p.code)).toEqual(['invalidSex']);
  });

  it('skips section titles and total rows, keeps names that look like totals, stops at the date line', () => {
    const rows = parse(
      ['STT', 'Họ và tên', 'Ngày sinh'],
      { rowNumber: 0, fullName: 1, birthDate: 2 },
      [
        ['I. Khối trường học', 'I. Khối trường học', 'I. Khối trường học'],
        [1, 'Tống Công Minh', '01/02/1980'],
        [null, 'A. Trường THCS A', null],
        ['Cộng: 1', null, null],
        [2, 'Cộng Văn Tài', '03/04/1985'],
        ['Tổng số đoàn viên: 2', null, null],
        [null, null, 'Ngày … tháng … năm 20…'],
        [3, 'Người đến sau chữ ký', '01/01/1990'],
      ],
      11,
    );
    expect(rows.map((r) => [r.row, r.draft?.fullName])).toEqual([
      [3, 'Tống Công Minh'],
      [6, 'Cộng Văn Tài'],
    ]);
  });

  it('says a text is too long rather than cutting it', () => {
    const rows = parse(['Họ và tên', 'Dân tộc'], { fullName: 0, ethnicity: 1 }, [['Lê An', 'x'.repeat(51)]], 11);
    expect(rows[0]?.problems).toEqual([{ row: 2, column: 'Dân tộc', field: 'ethnicity', code: 'tooLong', params: { max: 50, length: 51 } }]);
  });

  it('follows an edited mapping', () => {
    const labels = ['Họ và tên', 'Cột lạ'];
    const rows = parse(labels, { fullName: 0, religion: 1 }, [['Lê An', 'Phật giáo']], 11);
    expect(rows[0]?.draft).toMatchObject({ fullName: 'Lê An', religion: 'Phật giáo' });
  });
});
