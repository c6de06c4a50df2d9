/** One cell as the importer sees it: trimmed NFC text, a raw number (date serials stay numbers), a boolean, or nothing. */
export type Cell = string | number | boolean | null;

/** A sheet as a rectangle of cells. rows[i] is the sheet's row i + 1; rows[i][j] is column j (A = 0). */
export interface SheetGrid {
  name: string;
  rows: Cell[][];
}
