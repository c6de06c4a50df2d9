import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { readGrids } from '../../../electron/backend/exchange/workbook/readGrid';
import { ImportFileError } from '../../../electron/backend/exchange/workbook/importFileError';
import { callError, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A hand-made .xlsx: each cell is [address, text]; the dimension is what the file declares. */
function rawXlsx(dimension: string, cells: [string, string][]): Uint8Array {
  const rows = new Map<number, [string, string][]>();
  for (const cell of cells) {
    const row = Number(/\d+$/.exec(cell[0])?.[0]);
    rows.set(row, [...(rows.get(row) ?? []), cell]);
  }
  const sheetData = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, list]) => `<row r="${r}">${list.map(([ref, text]) => `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`).join('')}</row>`)
    .join('');
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dimension}"/><sheetData>${sheetData}</sheetData></worksheet>`,
  );
  return new Uint8Array(zip.generate({ type: 'uint8array', compression: 'DEFLATE' }));
}

const HEADER: [string, string][] = [
  ['A1', 'STT'],
  ['B1', 'Họ và tên'],
  ['C1', 'Ngày sinh'],
];

function memberRows(count: number): [string, string][] {
  const cells: [string, string][] = [...HEADER];
  for (let i = 2; i <= count + 1; i++) cells.push([`A${i}`, String(i - 1)], [`B${i}`, `Nguyễn Văn ${i}`], [`C${i}`, '01/01/1990']);
  return cells;
}

describe('a sheet is bounded by its real data, not its declared range', () => {
  it('a stray blank cell at XFD1048576 of a 3,000-row list reads as 3,001 rows × 3 columns, quickly', () => {
    const bytes = rawXlsx('A1:XFD1048576', [...memberRows(3_000), ['XFD1048576', ' ']]);
    const started = Date.now();
    const [grid] = readGrids(bytes);
    expect(grid?.rows).toHaveLength(3_001);
    expect(grid?.rows.every((row) => row.length === 3)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 20_000);

  it('a 6 KB sheet with one value in column XFD is refused with a message naming the cell', async () => {
    const bytes = rawXlsx('A1:XFD1048576', [...memberRows(100), ['XFD1048576', 'x']]);
    expect(bytes.length).toBeLessThan(8_000);
    expect(() => readGrids(bytes)).toThrow(ImportFileError);
    const backend = temp.open({ dataDir: temp.dir() });
    const error = await callError(backend, 'import:inspect', { kind: 'members', fileName: 'ds.xlsx', base64: Buffer.from(bytes).toString('base64') });
    expect(error.code).toBe('IMPORT_SHEET_TOO_LARGE');
    expect(error.message).toContain('XFD1048576');
    expect(error.message).toContain('1.048.576 dòng × 16.384 cột');
    expect(error.message).toContain('xoá các ô thừa');
  }, 20_000);
});
