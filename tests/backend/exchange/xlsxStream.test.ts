import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { readGrids, readGridsWithSheetJs } from '../../../electron/backend/exchange/workbook/readGrid';
import { readXlsxGrids } from '../../../electron/backend/exchange/workbook/xlsxStream';
import { messyMemberWorkbook } from '../../fixtures/messyMemberWorkbook';
import { serialOf, workbookBytes } from './helpers/workbooks';

/** An .xlsx written by exceljs (as our own forms are): shared strings, rich text, formulas, a hidden sheet. */
async function exceljsWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH ĐOÀN VIÊN']);
  sheet.mergeCells('A1:D1');
  sheet.addRow([]);
  sheet.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Đảng viên']);
  sheet.addRow([1, 'Nguye\u0302\u0303n  Văn An', new Date(Date.UTC(1985, 2, 15)), true]);
  sheet.addRow([2, { richText: [{ text: 'Trần ', font: { bold: true } }, { text: 'Thị Bình' }] }, '05/06/1990', false]);
  sheet.addRow([3, 'Lê <Văn> & "Cường"\r\nB', { formula: 'A4+A5', result: 3 }, null]);
  sheet.getCell('F9').value = 'xa';
  const hidden = book.addWorksheet('_id', { state: 'veryHidden' });
  hidden.getCell('B2').value = 'CS0001';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A hand-made .xlsx whose elements carry a namespace prefix and inline strings, as some generators write them. */
function prefixedWorkbook(compression: 'DEFLATE' | 'STORE' = 'DEFLATE'): Uint8Array {
  const zip = new PizZip();
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  zip.file('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>');
  zip.file('xl/workbook.xml', `<x:workbook xmlns:x="${ns}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Tờ &amp; 1" sheetId="1" r:id="s1"/></x:sheets></x:workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheets/../worksheets/a.xml"/></Relationships>');
  zip.file(
    'xl/worksheets/a.xml',
    `<x:worksheet xmlns:x="${ns}"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>Họ&#32;và tên</x:t></x:is></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>` +
      '<x:row><x:c t="str"><x:v>_x000D_x</x:v></x:c><x:c r="C3" t="e"><x:v>#N/A</x:v></x:c><x:c r="D3" t="d"><x:v>2024-02-29</x:v></x:c></x:row></x:sheetData>' +
      '<x:mergeCells count="1"><x:mergeCell ref="B2:B4"/></x:mergeCells></x:worksheet>',
  );
  return new Uint8Array(zip.generate({ type: 'uint8array', compression }));
}

describe('the streaming .xlsx reader', () => {
  it('reads what SheetJS reads: a SheetJS workbook with merges, a messy member list, an exceljs workbook', async () => {
    const files = [
      workbookBytes([{ name: 'Đoàn viên', rows: [['A', null, 'Hòa'], [null], [1, '  Nguye\u0302\u0303n   An ', serialOf('1985-03-15')]], merges: ['A1:B1'] }, { name: 'Trống', rows: [] }]),
      messyMemberWorkbook(['CS0001', 'CS0002']),
      await exceljsWorkbook(),
    ];
    for (const bytes of files) {
      const streamed = readXlsxGrids(bytes);
      expect(streamed).not.toBeNull();
      expect(streamed).toEqual(readGridsWithSheetJs(bytes));
    }
  });

  it('keeps rich text, entities, line breaks, booleans, formulas and hidden sheets', async () => {
    const grids = readXlsxGrids(await exceljsWorkbook()) ?? [];
    expect(grids.map((g) => g.name)).toEqual(['Danh sách', '_id']);
    const rows = grids[0]?.rows ?? [];
    expect(rows[0]).toEqual(Array(6).fill('DANH SÁCH ĐOÀN VIÊN').map((v, i) => (i < 4 ? v : null)));
    expect(rows[3]?.slice(0, 4)).toEqual([1, 'Nguyễn Văn An', serialOf('1985-03-15'), true]);
    expect(rows[4]?.slice(0, 4)).toEqual([2, 'Trần Thị Bình', '05/06/1990', false]);
    expect(rows[5]?.slice(0, 3)).toEqual([3, 'Lê <Văn> & "Cường" B', 3]);
    expect(rows[8]?.[5]).toBe('xa');
    expect(grids[1]?.rows[1]).toEqual([null, 'CS0001']);
  });

  it.each(['DEFLATE', 'STORE'] as const)('reads prefixed elements, cells without references, _xHHHH_ escapes, errors and ISO dates (%s)', (compression) => {
    expect(readXlsxGrids(prefixedWorkbook(compression))).not.toBeNull();
    const [grid] = readGrids(prefixedWorkbook(compression));
    expect(grid?.name).toBe('Tờ & 1');
    expect(grid?.rows).toEqual([
      [null, null, null, null],
      [null, 'Họ và tên', true, null],
      ['x', 'Họ và tên', null, serialOf('2024-02-29')],
      [null, 'Họ và tên', null, null],
    ]);
  });

  it('leaves files it does not know to SheetJS: an archive without a workbook is still refused as unreadable', () => {
    const zip = new PizZip();
    zip.file('word/document.xml', '<w:document/>');
    const bytes = new Uint8Array(zip.generate({ type: 'uint8array' }));
    expect(readXlsxGrids(bytes)).toBeNull();
    expect(() => readGrids(bytes)).toThrow(/UNREADABLE/u);
  });
});
