import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readGrids } from '../../../electron/backend/exchange/workbook/readGrid';
import { ImportFileError } from '../../../electron/backend/exchange/workbook/importFileError';
import { serialOf, workbookBytes } from './helpers/workbooks';

const ROWS = [
  ['DANH SÁCH ĐOÀN VIÊN', null, null, null],
  [null, null, null, null],
  ['STT', 'Họ và tên', 'Ngày, tháng, năm sinh', null],
  [null, null, 'Nam', 'Nữ'],
  [1, '  Nguye\u0302\u0303n   Văn An ', serialOf('1985-03-15'), null],
  [2, 'Trần Thị Bình', null, '05/06/1990'],
  [3, 'Lê Văn Cường', true, 1234567890],
];
const MERGES = ['A1:D1', 'A3:A4', 'B3:B4', 'C3:D3'];

describe.each(['xlsx', 'xls'] as const)('readGrids on .%s', (bookType) => {
  const bytes = workbookBytes([{ name: 'Đoàn viên', rows: ROWS, merges: MERGES }, { name: 'Trống', rows: [] }], bookType);
  const grids = readGrids(bytes);
  const grid = grids[0];

  it('reads every sheet by name', () => {
    expect(grids.map((g) => g.name)).toEqual(['Đoàn viên', 'Trống']);
    expect(grids[1]?.rows).toEqual([]);
  });

  it('fills merged ranges with the top-left value', () => {
    expect(grid?.rows[0]).toEqual(['DANH SÁCH ĐOÀN VIÊN', 'DANH SÁCH ĐOÀN VIÊN', 'DANH SÁCH ĐOÀN VIÊN', 'DANH SÁCH ĐOÀN VIÊN']);
    expect(grid?.rows[2]).toEqual(['STT', 'Họ và tên', 'Ngày, tháng, năm sinh', 'Ngày, tháng, năm sinh']);
    expect(grid?.rows[3]).toEqual(['STT', 'Họ và tên', 'Nam', 'Nữ']);
  });

  it('keeps numbers raw, trims and NFC-normalises text, keeps blank rows in place', () => {
    expect(grid?.rows[1]).toEqual([null, null, null, null]);
    expect(grid?.rows[4]).toEqual([1, 'Nguyễn Văn An', serialOf('1985-03-15'), null]);
    expect(grid?.rows[4]?.[1]).toBe('Nguyễn Văn An'.normalize('NFC'));
    expect(grid?.rows[5]).toEqual([2, 'Trần Thị Bình', null, '05/06/1990']);
    expect(grid?.rows[6]).toEqual([3, 'Lê Văn Cường', true, 1234567890]);
    expect(grid?.rows).toHaveLength(7);
  });
});

function expectImportError(bytes: Uint8Array, code: string): void {
  let caught: unknown;
  try {
    readGrids(bytes);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ImportFileError);
  expect((caught as ImportFileError).code).toBe(code);
}

describe('files that cannot be read', () => {
  it('rejects empty, text, PDF and random bytes as UNREADABLE', () => {
    expectImportError(new Uint8Array(), 'UNREADABLE');
    expectImportError(new TextEncoder().encode('Họ và tên,Ngày sinh\nA,1990'), 'UNREADABLE');
    expectImportError(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'UNREADABLE');
    expectImportError(Uint8Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256), 'UNREADABLE');
  });

  it('rejects a ZIP that is not a workbook as UNREADABLE', () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/word/document.xml', new TextEncoder().encode('<w:document/>'));
    const zip = new Uint8Array(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'array' }) as ArrayLike<number>);
    expect([...zip.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expectImportError(zip, 'UNREADABLE');
  });

  it('rejects a password-protected workbook as ENCRYPTED', () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    const info = new TextEncoder().encode('<?xml version="1.0"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>');
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...info]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(256).fill(7));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
    expectImportError(bytes, 'ENCRYPTED');
  });

  it('reads an HTML table saved with an .xls name (as many programs export)', () => {
    const html = '<html><body><table><tr><td>Họ và tên</td><td>Ngày sinh</td></tr><tr><td>Nguyễn Văn An</td><td>15/03/1985</td></tr></table></body></html>';
    const grids = readGrids(new TextEncoder().encode(html));
    expect(grids[0]?.rows[0]).toEqual(['Họ và tên', 'Ngày sinh']);
    expect(grids[0]?.rows[1]?.[0]).toBe('Nguyễn Văn An');
  });
});
