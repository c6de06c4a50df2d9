import { foldVietnamese, nfc } from '../domain/text/normalize';
import { columnLetter } from '../exchange/columnLetter';
import type { RecipientKind } from './model';

export interface ListedRecipient {
  recipientName: string;
  recipientUnit: string;
  achievement: string;
  recipientKind: RecipientKind;
}

export interface ListProblem {
  /** The sheet's (or pasted text's) row, 1-based. */
  row: number;
  /** The column's header as written, or its letter when there is no header. */
  column: string;
  message: string;
}

type Field = 'name' | 'unit' | 'achievement' | 'kind' | 'collectiveName';

const HEADERS: Record<Field, string[]> = {
  name: ['ho va ten', 'ho ten', 'ho va ten / tap the', 'ho va ten/tap the', 'ten', 'nguoi duoc khen thuong', 'ca nhan'],
  collectiveName: ['tap the', 'ten tap the', 'don vi duoc khen thuong'],
  unit: ['don vi', 'don vi cong tac', 'chuc vu, don vi', 'chuc vu don vi', 'noi cong tac'],
  achievement: ['thanh tich', 'thanh tich dat duoc', 'ly do'],
  kind: ['loai', 'doi tuong', 'ca nhan/tap the', 'ca nhan / tap the'],
};

/** The headers of a blank award list (`template awards`), as the reader below recognises them. */
export const AWARD_LIST_HEADERS = ['STT', 'Họ và tên', 'Đơn vị', 'Thành tích', 'Loại'] as const;

const MAX_ACHIEVEMENT = 2000;

function fieldOf(header: string): Field | null {
  const f = foldVietnamese(header);
  for (const [field, names] of Object.entries(HEADERS) as [Field, string[]][]) if (names.includes(f)) return field;
  return null;
}

function kindOf(text: string): RecipientKind | null {
  const f = foldVietnamese(text);
  if (f === '' || f === 'ca nhan' || f === 'cn' || f === 'individual') return 'individual';
  if (f === 'tap the' || f === 'tt' || f === 'collective') return 'collective';
  return null;
}

/**
 * Reads a list of recipients from a grid of cells (an .xlsx sheet or text pasted from Excel).
 * A header row (Họ và tên / Đơn vị / Thành tích …) is looked for in the first 10 rows; without one
 * the columns are taken as name, unit, achievement. Empty rows are skipped.
 */
export function readRecipientGrid(grid: string[][], messages: { nameMissing: string; kindUnknown: string; tooLong: string }): {
  rows: ListedRecipient[];
  /** The sheet's row of each of `rows`. */
  rowNumbers: number[];
  errors: ListProblem[];
} {
  let headerAt = -1;
  let columns: (Field | null)[] = [];
  for (let r = 0; r < Math.min(grid.length, 10); r++) {
    const fields = (grid[r] ?? []).map((cell) => fieldOf(cell ?? ''));
    if (fields.includes('name') || fields.includes('collectiveName')) {
      headerAt = r;
      columns = fields;
      break;
    }
  }
  const header = headerAt >= 0 ? (grid[headerAt] ?? []) : [];
  if (headerAt < 0) columns = ['name', 'unit', 'achievement'];
  const label = (i: number) => (header[i]?.trim() ? header[i].trim() : columnLetter(i));
  const at = (field: Field) => columns.indexOf(field);
  const rows: ListedRecipient[] = [];
  const rowNumbers: number[] = [];
  const errors: ListProblem[] = [];
  for (let r = headerAt + 1; r < grid.length; r++) {
    const cells = (grid[r] ?? []).map((c) => nfc(c ?? '').trim());
    if (cells.every((c) => c === '')) continue;
    const sheetRow = r + 1;
    const cell = (field: Field) => (at(field) >= 0 ? (cells[at(field)] ?? '') : '');
    const collective = cell('collectiveName');
    const name = cell('name') || collective;
    const kindText = cell('kind');
    let recipientKind = kindOf(kindText);
    if (recipientKind === null) {
      errors.push({ row: sheetRow, column: label(at('kind')), message: messages.kindUnknown.replace('{{value}}', kindText) });
      recipientKind = 'individual';
    } else if (kindText === '' && collective !== '' && cell('name') === '') {
      recipientKind = 'collective';
    }
    if (name === '') {
      errors.push({ row: sheetRow, column: label(Math.max(at('name'), at('collectiveName'), 0)), message: messages.nameMissing });
      continue;
    }
    const achievement = cell('achievement');
    if (achievement.length > MAX_ACHIEVEMENT) {
      errors.push({ row: sheetRow, column: label(at('achievement')), message: messages.tooLong.replace('{{max}}', String(MAX_ACHIEVEMENT)) });
    }
    rows.push({ recipientName: name, recipientUnit: cell('unit'), achievement, recipientKind });
    rowNumbers.push(sheetRow);
  }
  return { rows, rowNumbers, errors };
}

/** Text copied from Excel: rows by newline, cells by tab (quoted cells may hold newlines). */
export function tabGrid(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export const LIST_MESSAGES = {
  vi: { nameMissing: 'Thiếu họ tên hoặc tên tập thể.', kindUnknown: '"{{value}}" không phải "Cá nhân" hoặc "Tập thể".', tooLong: 'Thành tích dài quá {{max}} ký tự.' },
  en: { nameMissing: 'The name of the person or collective is missing.', kindUnknown: '"{{value}}" is not "Cá nhân" (individual) or "Tập thể" (collective).', tooLong: 'The achievement is longer than {{max}} characters.' },
} as const;
