import { describe, expect, it } from 'vitest';
import { convertLegacyGrid } from '../../../electron/backend/exchange/encoding/convertGrid';
import { findHeader } from '../../../electron/backend/exchange/header/findHeader';
import { MEMBER_FIELDS } from '../../../electron/backend/exchange/members/fields';
import { parseMemberRows } from '../../../electron/backend/exchange/members/parseRows';
import { readGrids } from '../../../electron/backend/exchange/workbook/readGrid';
import { encodeTcvn3, encodeVni } from './helpers/legacyEncoders';
import { lookups, memberSheet, TODAY } from './helpers/memberSheet';
import { mapStrings, workbookBytes } from './helpers/workbooks';

/** The messy member list, every text typed again in an old encoding, written as .xls or .xlsx. */
function legacyImport(encode: (s: string) => string, bookType: 'xls' | 'xlsx') {
  const bytes = workbookBytes([{ ...memberSheet, rows: mapStrings(memberSheet.rows, encode) }], bookType);
  const raw = readGrids(bytes)[0];
  if (raw === undefined) throw new Error('no sheet');
  const { grid, encoding } = convertLegacyGrid(raw);
  const header = findHeader(grid, MEMBER_FIELDS);
  if (header === null) throw new Error('no header');
  return { raw, grid, encoding, header, rows: parseMemberRows(grid, header, header.mapping, lookups, undefined, TODAY) };
}

describe.each([
  ['TCVN3', encodeTcvn3, 'tcvn3', 'xls'],
  ['VNI', encodeVni, 'vni', 'xlsx'],
] as const)('a member list in %s', (_, encode, expected, bookType) => {
  const result = legacyImport(encode, bookType);

  it('is stored in the legacy encoding (the header is not readable as it is)', () => {
    expect(result.raw.rows[6]?.[1]).toBe(encode('Họ và tên'));
    expect(result.raw.rows[6]?.[1]).not.toBe('Họ và tên');
  });

  it('is detected and converted', () => {
    expect(result.encoding).toBe(expected);
    expect(result.grid.rows[6]?.slice(0, 3)).toEqual(['STT', 'Họ và tên', 'Ngày, tháng, năm sinh']);
    expect(result.grid.rows[10]?.[10]).toBe('Nam Định');
  });

  it('then reads like the Unicode list: same header, drafts and problems', () => {
    expect(result.header.mapping).toMatchObject({ fullName: 1, birthDateMale: 2, birthDateFemale: 3, cccd: 4, union: 9 });
    expect(result.rows.map((r) => r.row)).toEqual([10, 11, 13, 14, 15, 16, 17, 18, 19]);
    expect(result.rows.filter((r) => r.draft !== null).map((r) => r.draft?.fullName)).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Nguyễn Văn An',
      'Đỗ Văn Hùng',
    ]);
    expect(result.rows.find((r) => r.row === 14)?.problems.map((p) => [p.code, p.column])).toEqual([
      ['impossibleDate', 'Ngày, tháng, năm sinh (Nữ)'],
      ['unknownUnion', 'CĐCS'],
    ]);
    expect(result.rows.find((r) => r.row === 10)?.draft).toMatchObject({ organizationId: 11, hometown: 'Hà Nội', unionPosition: 'chair' });
  });
});
