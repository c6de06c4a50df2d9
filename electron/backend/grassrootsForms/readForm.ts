/**
 * Reads a returned Mẫu 1 from its sheets: the hidden identity sheet (when the form is ours), the
 * "Đơn vị báo cáo" line, and every figure by the row's label within its section, in whatever
 * order, numbering and column layout the file has.
 */
import type { FormCatalogue, FormFigure } from '../../../shared/grassrootsForms/catalogue';
import { figureOf, labelKey, sectionOf } from '../../../shared/grassrootsForms/labels';
import { readFigureValue } from '../../../shared/grassrootsForms/values';
import type { CatalogueSection } from '../../../shared/grassrootsForms/catalogue';
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import type { Cell, SheetGrid } from '../exchange';

export const IDENTITY_SHEET = 'UnionDesk';
export const FORM_KIND = 'mau-1-hdcd';

export interface FormIdentity {
  unionCode: string;
  unionId: number | null;
  period: string;
  catalogueVersion: string;
}

export type FormProblemKind = 'notAForm' | 'invalidNumber' | 'negative' | 'notWhole' | 'unknownRow' | 'twice';

export interface FormProblem {
  kind: FormProblemKind;
  /** The sheet's own row number (1-based), 0 for the file as a whole. */
  row: number;
  /** The column's label as the file writes it ("Số lượng"). */
  column: string;
  params: Record<string, string>;
}

export interface ReadForm {
  identity: FormIdentity | null;
  reportingUnit: string | null;
  values: Map<string, number>;
  problems: FormProblem[];
}

const text = (cell: Cell | undefined): string => (typeof cell === 'string' ? cell : typeof cell === 'number' ? String(cell) : '');

function readIdentity(grids: SheetGrid[]): FormIdentity | null {
  const sheet = grids.find((grid) => grid.name === IDENTITY_SHEET);
  if (!sheet) return null;
  const pairs = new Map(sheet.rows.map((row) => [text(row[0]), text(row[1])]));
  if (pairs.get('form') !== FORM_KIND) return null;
  const unionId = Number(pairs.get('unionId') ?? '');
  return {
    unionCode: pairs.get('union') ?? '',
    unionId: Number.isInteger(unionId) && unionId > 0 ? unionId : null,
    period: pairs.get('period') ?? '',
    catalogueVersion: pairs.get('catalogue') ?? '',
  };
}

interface Layout {
  headerRow: number;
  labelCol: number;
  valueCol: number;
  valueLabel: string;
  ttCol: number | null;
}

const LABEL_HEADERS = /^(?:noi dung|chi tieu)\b/u;
const VALUE_HEADERS = /^(?:so luong|so lieu|ket qua|thuc hien)(?: (?:ky nay|nam nay|bao cao))?$/u;

function findLayout(rows: Cell[][]): Layout | null {
  for (let r = 0; r < Math.min(rows.length, 40); r++) {
    const keys = (rows[r] ?? []).map((cell) => labelKey(text(cell)));
    const labelCol = keys.findIndex((key) => LABEL_HEADERS.test(key));
    const valueCol = keys.findIndex((key) => VALUE_HEADERS.test(key));
    if (labelCol < 0 || valueCol < 0) continue;
    const ttCol = keys.findIndex((key) => key === 'tt' || key === 'stt');
    return { headerRow: r, labelCol, valueCol, valueLabel: text(rows[r]?.[valueCol]), ttCol: ttCol >= 0 && ttCol !== labelCol ? ttCol : null };
  }
  return null;
}

function reportingUnitOf(rows: Cell[][], before: number): string | null {
  for (let r = 0; r < before; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cellText = text(row[c]);
      if (!foldVietnamese(cellText).startsWith('don vi bao cao')) continue;
      const after = cellText.slice(cellText.indexOf(':') + 1).trim();
      if (cellText.includes(':') && after !== '') return after;
      const next = row.slice(c + 1).map(text).find((value) => value !== '' && value !== cellText);
      return next ?? null;
    }
  }
  return null;
}

/** The sheet holding the form: the first one with a "Nội dung … Số lượng" header. */
export function readForm(grids: SheetGrid[], catalogue: FormCatalogue): ReadForm {
  const identity = readIdentity(grids);
  const problems: FormProblem[] = [];
  const values = new Map<string, number>();
  for (const grid of grids) {
    if (grid.name === IDENTITY_SHEET) continue;
    const layout = findLayout(grid.rows);
    if (!layout) continue;
    const reportingUnit = reportingUnitOf(grid.rows, layout.headerRow);
    readRows(grid.rows, layout, catalogue, values, problems);
    return { identity, reportingUnit, values, problems };
  }
  problems.push({ kind: 'notAForm', row: 0, column: '', params: {} });
  return { identity, reportingUnit: null, values, problems };
}

function readRows(rows: Cell[][], layout: Layout, catalogue: FormCatalogue, values: Map<string, number>, problems: FormProblem[]): void {
  let section: CatalogueSection | null = null;
  let lastCode: string | null = null;
  const rowOf = new Map<string, number>();
  for (let r = layout.headerRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const label = text(row[layout.labelCol]);
    const cell = row[layout.valueCol] ?? null;
    // A merged heading fills the value column with its own words: that is no value.
    const value = typeof cell === 'string' && cell === label ? readFigureValue(null) : readFigureValue(cell);
    const heading = value.kind === 'blank' ? sectionOf(catalogue, label) : null;
    if (heading) {
      section = heading;
      lastCode = null;
      continue;
    }
    const figure: FormFigure | null = section ? figureOf(section, label, lastCode) : null;
    const at = { row: r + 1, column: layout.valueLabel };
    if (!figure) {
      if (value.kind !== 'blank' && label !== '') problems.push({ kind: 'unknownRow', ...at, params: { label } });
      continue;
    }
    if (figure.of === undefined) lastCode = figure.code;
    if (value.kind === 'blank' || figure.rollup === 'ratio') continue;
    if (value.kind === 'invalid') {
      problems.push({ kind: value.reason === 'notANumber' ? 'invalidNumber' : value.reason, ...at, params: { label, value: value.text } });
      continue;
    }
    const seen = rowOf.get(figure.code);
    if (seen !== undefined) {
      problems.push({ kind: 'twice', ...at, params: { label, first: String(seen) } });
      continue;
    }
    rowOf.set(figure.code, r + 1);
    values.set(figure.code, value.value);
  }
}

/** Problems that keep a file out (the rest are reported and the file still imports). */
export function isBlocking(problem: FormProblem): boolean {
  return problem.kind !== 'unknownRow' && problem.kind !== 'twice';
}
