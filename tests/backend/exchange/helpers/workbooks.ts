import * as XLSX from '@e965/xlsx';

export type AoaCell = string | number | boolean | null;

export interface SheetSpec {
  name: string;
  rows: AoaCell[][];
  /** Excel ranges such as 'C7:D7'. */
  merges?: string[];
}

/** Write sheets with SheetJS as .xlsx or legacy .xls (BIFF8). */
export function workbookBytes(sheets: SheetSpec[], bookType: 'xlsx' | 'xls' = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const spec of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(spec.rows.map((row) => row.map((cell) => (cell === null ? null : cell))));
    ws['!merges'] = (spec.merges ?? []).map((range) => XLSX.utils.decode_range(range));
    XLSX.utils.book_append_sheet(wb, ws, spec.name);
  }
  return new Uint8Array(XLSX.write(wb, { bookType, type: 'array' }) as ArrayBuffer);
}

/** The Excel 1900-system serial of a calendar date (for dates after 1 March 1900). */
export function serialOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Apply a text transformation (an encoder) to every string cell. */
export function mapStrings(rows: AoaCell[][], f: (s: string) => string): AoaCell[][] {
  return rows.map((row) => row.map((cell) => (typeof cell === 'string' ? f(cell) : cell)));
}
