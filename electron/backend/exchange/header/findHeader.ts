import type { SheetGrid } from '../workbook/types';
import { foldLabel, type ImportField } from '../fields/types';
import { fieldScore } from './matchLabel';
import { cellText, isBlankRow, isNumberingRow } from './rowShapes';

export interface HeaderColumn {
  /** 0-based column index (A = 0). */
  index: number;
  /** The header text as in the file; for a two-level header "Parent (Sub-header)". */
  label: string;
}

export interface HeaderMatch {
  /** 0-based index in grid.rows of the (first) header row. */
  headerRowIndex: number;
  /** 1, or 2 for a two-level header (a merged parent over sub-headers). */
  headerRowCount: 1 | 2;
  /** 0-based index of the first row after the header, blank rows and the numbering row. */
  dataStartIndex: number;
  columns: HeaderColumn[];
  /** Suggested mapping, field key → column index; the user may edit it. */
  mapping: Record<string, number>;
}

/** How far down to look for the header: title rows, the office's name and the date come first. */
export const HEADER_SCAN_ROWS = 30;

/** A header text to try, and how much a match through it is worth. */
interface Variant {
  folded: string;
  weight: number;
}

interface CandidateColumn extends HeaderColumn {
  variants: Variant[];
}

/** A parent header read alone, over a different sub-header, says less than the sub-header. */
const SUB_HEADER_WEIGHT = 0.9;
const PARENT_ONLY_WEIGHT = 0.5;
/** Bonus per required field found, so a row naming "Họ và tên" beats one that does not. */
const REQUIRED_BONUS = 2;

function singleRowColumns(grid: SheetGrid, r: number): CandidateColumn[] {
  const row = grid.rows[r] ?? [];
  const columns: CandidateColumn[] = [];
  row.forEach((cell, index) => {
    const label = cellText(cell).trim();
    if (label !== '') columns.push({ index, label, variants: [{ folded: foldLabel(label), weight: 1 }] });
  });
  return columns;
}

function twoRowColumns(grid: SheetGrid, r: number): CandidateColumn[] {
  const top = grid.rows[r] ?? [];
  const bottom = grid.rows[r + 1] ?? [];
  const width = Math.max(top.length, bottom.length);
  const columns: CandidateColumn[] = [];
  for (let index = 0; index < width; index++) {
    const parent = cellText(top[index]).trim();
    const child = cellText(bottom[index]).trim();
    if (parent === '' && child === '') continue;
    if (parent === '' || child === '' || parent === child) {
      const label = parent === '' ? child : parent;
      columns.push({ index, label, variants: [{ folded: foldLabel(label), weight: 1 }] });
      continue;
    }
    columns.push({
      index,
      label: `${parent} (${child})`,
      variants: [
        { folded: foldLabel(`${parent} ${child}`), weight: 1 },
        { folded: foldLabel(child), weight: SUB_HEADER_WEIGHT },
        { folded: foldLabel(parent), weight: PARENT_ONLY_WEIGHT },
      ],
    });
  }
  return columns;
}

interface Assignment {
  mapping: Record<string, number>;
  score: number;
}

/**
 * Give each field at most one column and each column at most one field, best matches first
 * (ties: the leftmost column, then the field listed first).
 */
function assignColumns(columns: readonly CandidateColumn[], fields: readonly ImportField[]): Assignment {
  const candidates: { column: number; field: number; score: number }[] = [];
  columns.forEach((column) => {
    fields.forEach((field, fieldIndex) => {
      let score = 0;
      for (const variant of column.variants) score = Math.max(score, variant.weight * fieldScore(variant.folded, field));
      if (score > 0) candidates.push({ column: column.index, field: fieldIndex, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column || a.field - b.field);

  const mapping: Record<string, number> = {};
  const usedColumns = new Set<number>();
  let score = 0;
  for (const candidate of candidates) {
    const field = fields[candidate.field];
    if (field === undefined || field.key in mapping || usedColumns.has(candidate.column)) continue;
    mapping[field.key] = candidate.column;
    usedColumns.add(candidate.column);
    score += candidate.score + (field.required === true ? REQUIRED_BONUS : 0);
  }
  return { mapping, score };
}

/** Enough recognised columns to call the row a header. */
function isPlausibleHeader(mapping: Record<string, number>, fields: readonly ImportField[]): boolean {
  const found = fields.filter((field) => field.kind !== 'ignore' && field.key in mapping);
  if (found.length >= 2) return true;
  const required = fields.filter((field) => field.required === true);
  return found.length === 1 && required.length > 0 && required.every((field) => field.key in mapping);
}

/** A title ("DANH SÁCH ĐOÀN VIÊN …", "CỘNG HÒA …") merged across the row reads as one value. */
function distinctTexts(grid: SheetGrid, r: number): number {
  const texts = new Set<string>();
  for (const cell of grid.rows[r] ?? []) {
    const text = cellText(cell).trim();
    if (text !== '') texts.add(text);
  }
  return texts.size;
}

function dataStart(grid: SheetGrid, afterHeader: number): number {
  let r = afterHeader;
  let numberingSeen = false;
  while (r < grid.rows.length) {
    const row = grid.rows[r];
    if (isBlankRow(row)) {
      r++;
    } else if (!numberingSeen && isNumberingRow(row)) {
      numberingSeen = true;
      r++;
    } else {
      break;
    }
  }
  return r;
}

/**
 * Find the header of a list: the row — or pair of rows, for a two-level header such as
 * "Ngày, tháng, năm sinh" merged over "Nam" | "Nữ" — among the first HEADER_SCAN_ROWS rows whose
 * labels best match the fields' synonyms. Title rows, blank rows and numbering rows are not
 * headers; the numbering row and blank rows under the header are skipped. Null when no row
 * names at least two fields (or the required ones).
 */
export function findHeader(grid: SheetGrid, fields: readonly ImportField[]): HeaderMatch | null {
  let best: { match: HeaderMatch; score: number } | null = null;
  const last = Math.min(grid.rows.length, HEADER_SCAN_ROWS);

  for (let r = 0; r < last; r++) {
    if (isBlankRow(grid.rows[r]) || isNumberingRow(grid.rows[r]) || distinctTexts(grid, r) < 2) continue;
    const shapes: [1 | 2, CandidateColumn[]][] = [[1, singleRowColumns(grid, r)]];
    const below = grid.rows[r + 1];
    if (r + 1 < grid.rows.length && !isBlankRow(below) && !isNumberingRow(below)) {
      shapes.push([2, twoRowColumns(grid, r)]);
    }
    for (const [rowCount, columns] of shapes) {
      const { mapping, score } = assignColumns(columns, fields);
      if (!isPlausibleHeader(mapping, fields)) continue;
      // Strictly better only: on a tie the earlier row, and one row rather than two, wins.
      if (best !== null && score <= best.score) continue;
      best = {
        score,
        match: {
          headerRowIndex: r,
          headerRowCount: rowCount,
          dataStartIndex: dataStart(grid, r + rowCount),
          columns: columns.map(({ index, label }) => ({ index, label })),
          mapping,
        },
      };
    }
  }
  return best?.match ?? null;
}
