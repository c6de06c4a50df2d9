import * as XLSX from '@e965/xlsx';
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { nfc } from '../../../../shared/domain/text/normalize';
import { ImportFileError } from './importFileError';
import { GridBuilder } from './gridBuilder';
import type { Cell, SheetGrid } from './types';
import { readXlsxGrids, readXlsxGridsStreamed } from './xlsxStream';

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

/** Every stored cell of a sheet, whatever range the sheet declares (its !ref can claim A1:XFD1048576). */
function* storedCells(ws: WorkSheet): Generator<[number, number, CellObject]> {
  const dense = ws['!data'];
  if (dense !== undefined) {
    for (const rKey of Object.keys(dense)) {
      const r = Number(rKey);
      const row = dense[r];
      if (row === undefined) continue;
      for (const cKey of Object.keys(row)) {
        const cell = row[Number(cKey)];
        if (cell !== undefined) yield [r, Number(cKey), cell];
      }
    }
    return;
  }
  for (const key of Object.keys(ws)) {
    if (key.startsWith('!')) continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    yield [r, c, ws[key] as CellObject];
  }
}

/** The sheet's cells as rows, bounded by its real data (values), not by its declared range. */
function sheetToGrid(name: string, ws: WorkSheet | undefined): SheetGrid {
  const builder = new GridBuilder();
  if (ws === undefined) return builder.finish(name);
  for (const [r, c, stored] of storedCells(ws)) builder.put(r, c, toCell(stored));
  for (const merge of ws['!merges'] ?? []) builder.merge(merge);
  return builder.finish(name);
}

/** An error of the streaming reader: the file's own problem (a password) stands, anything else means "let SheetJS try". */
function unknownToSheetJs(error: unknown): null {
  if (error instanceof ImportFileError) throw error;
  return null;
}

/** The streaming .xlsx reader's grids; null when it does not know the file (SheetJS reads it then). */
function readXlsxStreamed(bytes: Uint8Array): SheetGrid[] | null {
  try {
    return readXlsxGrids(bytes);
  } catch (error) {
    return unknownToSheetJs(error);
  }
}

async function readXlsxChunked(bytes: Uint8Array): Promise<SheetGrid[] | null> {
  try {
    return await readXlsxGridsStreamed(bytes);
  } catch (error) {
    return unknownToSheetJs(error);
  }
}

function streamedOrSheetJs(bytes: Uint8Array, streamed: SheetGrid[] | null): SheetGrid[] {
  if (streamed !== null) {
    if (streamed.length === 0) throw new ImportFileError('UNREADABLE', 'no sheets');
    return streamed;
  }
  return readGridsWithSheetJs(bytes);
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
  return streamedOrSheetJs(bytes, sniffContainer(bytes) === 'zip' ? readXlsxStreamed(bytes) : null);
}

/** readGrids with each .xlsx part decompressed as its rows are read, never whole: for big files (the import wizard). */
export async function readGridsStreamed(bytes: Uint8Array): Promise<SheetGrid[]> {
  return streamedOrSheetJs(bytes, sniffContainer(bytes) === 'zip' ? await readXlsxChunked(bytes) : null);
}

/** The same grids through SheetJS's whole-workbook reader: legacy .xls, .ods, markup, and any .xlsx the streaming reader does not know. */
export function readGridsWithSheetJs(bytes: Uint8Array): SheetGrid[] {
  const wb = parseWorkbook(bytes);
  if (wb.SheetNames.length === 0) throw new ImportFileError('UNREADABLE', 'no sheets');
  return wb.SheetNames.map((name) => sheetToGrid(nfc(name), wb.Sheets[name]));
}
