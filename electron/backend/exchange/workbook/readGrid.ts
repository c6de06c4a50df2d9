import * as XLSX from '@e965/xlsx';
import type { CellObject, Range, WorkBook, WorkSheet } from '@e965/xlsx';
import { nfc } from '../../../../shared/domain/text/normalize';
import { ImportFileError } from './importFileError';
import type { Cell, SheetGrid } from './types';

type Container = 'zip' | 'cfb' | 'biff' | 'markup';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * What kind of container the bytes are, from their first bytes. SheetJS reads almost anything
 * as CSV text (a PDF, an image, random bytes), so only spreadsheet containers are let through:
 * ZIP (.xlsx, .ods), OLE2/CFB (.xls, encrypted .xlsx), bare BIFF2–4 streams and markup
 * (SpreadsheetML 2003 or the HTML tables many programs save with an .xls name).
 */
function sniffContainer(bytes: Uint8Array): Container | null {
  if (bytes.length < 8) return null;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) return 'zip';
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) return 'cfb';
  if (bytes[0] === 0x09 && (bytes[1] ?? 0xff) <= 0x08) return 'biff';
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  if (utf16) i = 2;
  const step = utf16 ? 2 : 1;
  while (i < bytes.length && i < 4096 && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] ?? 0)) i += step;
  return bytes[i] === 0x3c ? 'markup' : null;
}

/** An OLE2 container holding an EncryptedPackage is an .xlsx protected by a password to open. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'array' });
    return Boolean(XLSX.CFB.find(cfb, 'EncryptedPackage') ?? XLSX.CFB.find(cfb, 'EncryptionInfo'));
  } catch {
    return false;
  }
}

function parseWorkbook(bytes: Uint8Array): WorkBook {
  const container = sniffContainer(bytes);
  if (container === null) throw new ImportFileError('UNREADABLE', 'not a spreadsheet file');
  if (container === 'cfb' && isEncryptedPackage(bytes)) throw new ImportFileError('ENCRYPTED');
  try {
    // Raw values only: no formatted text or HTML per cell (we never read .w or .h).
    return XLSX.read(bytes, { type: 'array', cellDates: false, cellNF: false, cellHTML: false, cellText: false, dense: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/iu.test(reason)) throw new ImportFileError('ENCRYPTED', reason);
    throw new ImportFileError('UNREADABLE', reason);
  }
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A Date SheetJS made anyway (some HTML/XML sources) back to the serial it stands for, from its calendar fields. */
function dateToSerial(d: Date): number {
  return (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - EXCEL_EPOCH) / MS_PER_DAY;
}

function toCell(cell: CellObject | undefined): Cell {
  if (cell === undefined || cell.v === undefined || cell.t === 'z' || cell.t === 'e') return null;
  const v = cell.v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  const text = nfc(v);
  return text === '' ? null : text;
}

function cellAt(ws: WorkSheet, r: number, c: number): CellObject | undefined {
  const dense = ws['!data'];
  if (dense !== undefined) return dense[r]?.[c];
  return ws[XLSX.utils.encode_cell({ r, c })] as CellObject | undefined;
}

function sheetToGrid(name: string, ws: WorkSheet | undefined): SheetGrid {
  const ref = ws?.['!ref'];
  if (ws === undefined || ref === undefined) return { name, rows: [] };
  const range: Range = XLSX.utils.decode_range(ref);
  const lastRowInRange = ws['!data'] !== undefined ? Math.min(range.e.r, ws['!data'].length - 1) : range.e.r;

  const rows: Cell[][] = [];
  let lastRow = -1;
  let lastCol = -1;
  for (let r = 0; r <= lastRowInRange; r++) {
    const row: Cell[] = [];
    for (let c = 0; c <= range.e.c; c++) {
      const value = toCell(cellAt(ws, r, c));
      row.push(value);
      if (value !== null) {
        lastRow = r;
        if (c > lastCol) lastCol = c;
      }
    }
    rows.push(row);
  }

  // A merged range shows its top-left value over the whole area: fill it in, so a header
  // merged across two columns or two rows reads the same in each of them.
  for (const merge of ws['!merges'] ?? []) {
    const value = rows[merge.s.r]?.[merge.s.c] ?? null;
    if (value === null) continue;
    for (let r = merge.s.r; r <= merge.e.r && r < rows.length; r++) {
      const row = rows[r];
      if (row === undefined) continue;
      for (let c = merge.s.c; c <= merge.e.c && c < row.length; c++) row[c] = value;
      if (r > lastRow) lastRow = r;
    }
    if (merge.e.c > lastCol) lastCol = Math.min(merge.e.c, range.e.c);
  }

  return { name, rows: rows.slice(0, lastRow + 1).map((row) => row.slice(0, lastCol + 1)) };
}

/**
 * Read every sheet of an .xlsx or legacy .xls file as a grid of cells. Merged ranges carry their
 * top-left value in every cell; numbers stay raw (date serials are not turned into dates);
 * strings are NFC, trimmed and whitespace-collapsed; trailing empty rows and columns are dropped.
 *
 * @throws ImportFileError 'UNREADABLE' for anything that is not a readable spreadsheet,
 *         'ENCRYPTED' for a file protected by a password to open.
 */
export function readGrids(bytes: Uint8Array): SheetGrid[] {
  const wb = parseWorkbook(bytes);
  if (wb.SheetNames.length === 0) throw new ImportFileError('UNREADABLE', 'no sheets');
  return wb.SheetNames.map((name) => sheetToGrid(nfc(name), wb.Sheets[name]));
}
