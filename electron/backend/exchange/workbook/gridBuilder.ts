import { ImportFileError } from './importFileError';
import type { Cell, SheetGrid } from './types';

/** Beyond these a sheet is not a list anyone typed: refused before a grid of that size is built. */
export const MAX_IMPORT_COLUMNS = 1_000;
export const MAX_IMPORT_CELLS = 15_000_000;
const MERGE_SPAN = 64;

/** A rectangle of cells, zero-based and inclusive (as SheetJS gives merges). */
export interface CellRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** The column letters of a zero-based column index (0 → A, 27 → AB). */
export function columnLetters(c: number): string {
  let letters = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Collects a sheet's cells as they are read (in any order), then makes the grid: bounded by its
 * real data (values), not by its declared range; merged ranges filled with their top-left value.
 */
export class GridBuilder {
  private readonly sparse: Cell[][] = [];
  private readonly merges: CellRange[] = [];
  private lastRow = -1;
  private lastCol = -1;

  put(r: number, c: number, value: Cell): void {
    if (value === null) return;
    (this.sparse[r] ??= [])[c] = value;
    if (r > this.lastRow) this.lastRow = r;
    if (c > this.lastCol) this.lastCol = c;
  }

  merge(range: CellRange): void {
    this.merges.push(range);
  }

  finish(name: string): SheetGrid {
    const { sparse } = this;
    // A merged cell with a value covers its whole (reasonably sized) area, even where nothing else is written.
    for (const merge of this.merges) {
      if (sparse[merge.s.r]?.[merge.s.c] === undefined) continue;
      if (merge.e.c - merge.s.c < MERGE_SPAN && merge.e.c > this.lastCol) this.lastCol = merge.e.c;
      if (merge.e.r - merge.s.r < MERGE_SPAN && merge.e.r > this.lastRow) this.lastRow = merge.e.r;
    }
    const { lastRow, lastCol } = this;
    if (lastCol + 1 > MAX_IMPORT_COLUMNS || (lastRow + 1) * (lastCol + 1) > MAX_IMPORT_CELLS) {
      throw new ImportFileError('TOO_LARGE', JSON.stringify({ sheet: name, rows: lastRow + 1, columns: lastCol + 1, cell: this.farCell() }));
    }
    // The rows read become the grid's rows, their gaps filled: no second copy of a big sheet.
    const rows: Cell[][] = [];
    for (let r = 0; r <= lastRow; r++) {
      const row = sparse[r] ?? [];
      for (let c = 0; c <= lastCol; c++) if (row[c] === undefined) row[c] = null;
      rows.push(row);
    }
    this.fillMerges(rows);
    return { name, rows };
  }

  /** The address of a cell in the furthest column, so the user can find and delete it. */
  private farCell(): string {
    const r = this.sparse.findIndex((row) => row !== undefined && row[this.lastCol] !== undefined);
    return `${columnLetters(this.lastCol)}${Math.max(r, 0) + 1}`;
  }

  /**
   * A merged range shows its top-left value over the whole area: fill it in (within the data's bounds),
   * so a header merged across two columns or two rows reads the same in each of them.
   */
  private fillMerges(rows: Cell[][]): void {
    for (const merge of this.merges) {
      const value = rows[merge.s.r]?.[merge.s.c] ?? null;
      if (value === null) continue;
      for (let r = merge.s.r; r <= merge.e.r && r < rows.length; r++) {
        const row = rows[r];
        if (row === undefined) continue;
        for (let c = merge.s.c; c <= merge.e.c && c <= this.lastCol; c++) row[c] = value;
      }
    }
  }
}
