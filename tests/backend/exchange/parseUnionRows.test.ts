import { describe, expect, it } from 'vitest';
import { findHeader } from '../../../electron/backend/exchange/header/findHeader';
import { UNION_FIELDS } from '../../../electron/backend/exchange/unions/fields';
import { parseUnionRows } from '../../../electron/backend/exchange/unions/parseRows';
import { readGrids } from '../../../electron/backend/exchange/workbook/readGrid';
import { TODAY } from './helpers/memberSheet';
import { serialOf, workbookBytes, type AoaCell } from './helpers/workbooks';

const ROWS: AoaCell[][] = [
  /* 1 */ ['DANH SÁCH CÔNG ĐOÀN CƠ SỞ TRỰC THUỘC', null, null, null, null, null, null, null, null, null, null],
  /* 2 */ ['(Tính đến ngày 30/11/2025)', null, null, null, null, null, null, null, null, null, null],
  /* 3 */ ['STT', 'Mã CĐCS', 'Tên công đoàn cơ sở', 'Khu vực', 'Địa chỉ', 'Ngày thành lập', 'Số QĐ thành lập', 'Tổng số CNVCLĐ', null, 'Chủ tịch CĐCS', 'Điện thoại'],
  /* 4 */ [null, null, null, null, null, null, null, 'Tổng số', 'Nữ', null, null],
  /* 5 */ ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'],
  /* 6 */ [1, 'TS01', 'CĐCS Trường THCS A', 'Hành chính sự nghiệp', 'Phường Hàng Bạc', serialOf('1998-09-02'), '45/QĐ-LĐLĐ', 52, 38, 'LÊ THỊ HÀ', '024 3825 1234'],
  /* 7 */ [2, 'DN02', 'CĐCS Công ty TNHH May Việt', 'Doanh nghiệp FDI', 'KCN Thạch Thất', '15/03/2012', null, '1.250', 900, 'Kim Min Soo', '0987654321'],
  /* 8 */ [3, 'DN03', 'CĐCS Công ty CP Xây dựng Số 3', 'Khu công nghiệp', null, '01/01/2026', null, 120, 150, null, null],
  /* 9 */ [4, 'ts01', 'CĐCS Trường Tiểu học B', 'HCSN', null, null, null, 30, 25, null, null],
  /* 10 */ [5, null, null, 'Nghiệp đoàn', null, null, null, 40, 10, null, null],
  /* 11 */ [6, 'ND06', 'Nghiệp đoàn xe ôm Hoàn Kiếm', 'Nghiệp đoàn', null, 2005, null, 'nhiều', null, null, null],
  /* 12 */ ['Cộng', null, null, null, null, null, null, 2492, 1123, null, null],
  /* 13 */ [null, null, null, null, null, null, 'Người lập biểu', null, null, null, null],
];
const MERGES = ['A1:K1', 'A2:K2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4', 'H3:I3', 'J3:J4', 'K3:K4', 'A12:G12'];

describe.each(['xlsx', 'xls'] as const)('parseUnionRows (.%s)', (bookType) => {
  const grid = readGrids(workbookBytes([{ name: 'CĐCS', rows: ROWS, merges: MERGES }], bookType))[0];
  if (grid === undefined) throw new Error('no sheet');
  const header = findHeader(grid, UNION_FIELDS);
  if (header === null) throw new Error('no header');
  const rows = parseUnionRows(grid, header, header.mapping, TODAY);

  it('finds the header and the data under the (1) (2) (3) numbering row', () => {
    expect(header).toMatchObject({ headerRowIndex: 2, headerRowCount: 2, dataStartIndex: 5 });
    expect(header.mapping).toEqual({
      rowNumber: 0,
      code: 1,
      name: 2,
      sector: 3,
      address: 4,
      foundedOn: 5,
      foundingDecision: 6,
      workersTotal: 7,
      workersFemale: 8,
      chairName: 9,
      phone: 10,
    });
    expect(rows.map((r) => r.row)).toEqual([6, 7, 8, 9, 10, 11]);
  });

  it('imports clean rows', () => {
    expect(rows[0]?.draft).toEqual({
      code: 'TS01',
      name: 'CĐCS Trường THCS A',
      shortName: '',
      sector: 'public_service',
      address: 'Phường Hàng Bạc',
      foundedOn: '1998-09-02',
      foundingDecision: '45/QĐ-LĐLĐ',
      workersTotal: 52,
      workersFemale: 38,
      chairName: 'Lê Thị Hà',
      phone: '02438251234',
    });
    expect(rows[1]?.draft).toMatchObject({ code: 'DN02', sector: 'fdi_enterprise', foundedOn: '2012-03-15', workersTotal: 1250, workersFemale: 900 });
  });

  it('reports problems with rows and header labels', () => {
    expect(rows.slice(2).map((r) => r.problems)).toEqual([
      [
        { row: 8, column: 'Khu vực', field: 'sector', code: 'invalidSector', params: { value: 'Khu công nghiệp' } },
        { row: 8, column: 'Ngày thành lập', field: 'foundedOn', code: 'futureDate', params: { value: '01/01/2026' } },
        { row: 8, column: 'Tổng số CNVCLĐ (Nữ)', field: 'workersFemale', code: 'femaleExceedsTotal', params: { female: 150, total: 120 } },
      ],
      [{ row: 9, column: 'Mã CĐCS', field: 'code', code: 'duplicateInFile', params: { firstRow: 6, by: 'code', value: 'ts01' } }],
      [{ row: 10, column: 'Tên công đoàn cơ sở', field: 'name', code: 'required' }],
      [
        { row: 11, column: 'Ngày thành lập', field: 'foundedOn', code: 'invalidDate', params: { value: '2005', reason: 'yearOnly' } },
        { row: 11, column: 'Tổng số CNVCLĐ (Tổng số)', field: 'workersTotal', code: 'invalidNumber', params: { value: 'nhiều' } },
      ],
    ]);
    expect(rows.slice(2).every((r) => r.draft === null)).toBe(true);
  });
});
