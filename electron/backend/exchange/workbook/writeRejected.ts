import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Locale } from '../../../../shared/i18n/locale';
import type { FieldKind, ImportField } from '../fields/types';
import type { HeaderMatch } from '../header/findHeader';
import { problemMessage } from '../problems/messages';
import type { ImportProblem } from '../problems/types';
import { displayDateValue } from '../values/cellText';
import { readCccd, readPhone } from '../values/identity';
import type { Cell, SheetGrid } from './types';

export interface RejectedWorkbookOptions {
  /** Language of the reasons; Vietnamese unless told. */
  locale?: Locale;
  /** With the mapping used: date columns are written as dd/mm/yyyy text, ID and phone numbers as text. */
  fields?: readonly ImportField[];
  /** The mapping used for the import (default: header.mapping). */
  mapping?: Readonly<Record<string, number>>;
}

const REASON_HEADER: Readonly<Record<Locale, string>> = { vi: 'Lý do', en: 'Reason' };
/** The sheet's own row number, so a clerk finds the row in the original file. */
const SOURCE_ROW_HEADER: Readonly<Record<Locale, string>> = { vi: 'Dòng trong tệp gốc', en: 'Row in the original file' };
const DATE_KINDS: ReadonlySet<FieldKind> = new Set(['date', 'birthDate', 'sexColumnMale', 'sexColumnFemale']);

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;
const REASON_WIDTH = { min: 30, max: 90 };

function kindsByColumn(options: RejectedWorkbookOptions, header: Pick<HeaderMatch, 'mapping'>): Map<number, FieldKind> {
  const kinds = new Map<number, FieldKind>();
  const mapping = options.mapping ?? header.mapping;
  for (const field of options.fields ?? []) {
    const index = mapping[field.key];
    if (index !== undefined) kinds.set(index, field.kind);
  }
  return kinds;
}

/**
 * A cell as it goes back to the user: dates readable, IDs and phone numbers as text (no
 * 1.2E+11) with the leading zeros Excel dropped put back, as the import would read them.
 */
function outputValue(cell: Cell, kind: FieldKind | undefined): string | number | boolean | null {
  if (typeof cell !== 'number' || kind === undefined) return cell;
  if (DATE_KINDS.has(kind)) return displayDateValue(cell);
  if (kind === 'cccd' || kind === 'phone') {
    const read = kind === 'cccd' ? readCccd(cell) : readPhone(cell);
    return read.ok ? read.value : String(cell);
  }
  if (kind === 'text') return String(cell);
  return cell;
}

function textWidth(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return Math.max(...String(value).split('\n').map((line) => line.length));
}

/**
 * The rows that could not be imported, for the user to correct and import again: one header row
 * (the file's labels, a two-level header written as "Parent (Sub-header)") plus a "Lý do" column
 * and the row's number in the original sheet, then one row per rejected sheet row, in sheet order, with all its problems' messages, one per
 * line. Bold header, first row frozen, column widths fitted to the contents.
 */
export async function writeRejectedWorkbook(
  grid: SheetGrid,
  header: Pick<HeaderMatch, 'columns' | 'mapping'>,
  problems: readonly ImportProblem[],
  options: RejectedWorkbookOptions = {},
): Promise<Uint8Array> {
  const locale = options.locale ?? 'vi';
  const width = Math.max(0, ...header.columns.map((column) => column.index + 1));
  const labels = Array.from({ length: width }, (_, index) => header.columns.find((c) => c.index === index)?.label ?? '');
  const kinds = kindsByColumn(options, header);

  const byRow = new Map<number, ImportProblem[]>();
  for (const problem of problems) byRow.set(problem.row, [...(byRow.get(problem.row) ?? []), problem]);
  const rowNumbers = [...byRow.keys()].sort((a, b) => a - b);

  // Two passes over the rejected rows: widths first (a streamed sheet's columns are set before its
  // rows), then the rows, each committed as it is written so memory does not grow with the count.
  const widths = [...labels, REASON_HEADER[locale], SOURCE_ROW_HEADER[locale]].map(textWidth);
  const rowsOut = function* () {
    for (const rowNumber of rowNumbers) {
      const cells = grid.rows[rowNumber - 1] ?? [];
      const values = Array.from({ length: width }, (_, index) => outputValue(cells[index] ?? null, kinds.get(index)));
      const reason = (byRow.get(rowNumber) ?? []).map((problem) => problemMessage(problem, locale)).join('\n');
      yield [...values, reason, rowNumber];
    }
  };
  for (const values of rowsOut()) {
    values.forEach((value, index) => {
      widths[index] = Math.max(widths[index] ?? 0, textWidth(value));
    });
  }

  const chunks: Buffer[] = [];
  const output = new PassThrough();
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(grid.name.slice(0, 31) || 'Sheet1', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = widths.map((w, index) => {
    const isReason = index === width;
    const min = isReason ? REASON_WIDTH.min : MIN_WIDTH;
    const max = isReason ? REASON_WIDTH.max : MAX_WIDTH;
    return { width: Math.min(max, Math.max(min, w + 2)) };
  });
  const headerRow = sheet.addRow([...labels, REASON_HEADER[locale], SOURCE_ROW_HEADER[locale]]);
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  headerRow.commit();
  for (const values of rowsOut()) {
    const row = sheet.addRow(values);
    row.getCell(width + 1).alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  }
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
