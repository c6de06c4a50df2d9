import type { ImportField } from '../fields/types';
import { columnLabelOf } from '../header/columnLabel';
import type { HeaderMatch } from '../header/findHeader';
import type { ImportProblem, ProblemCode, ValueResult } from '../problems/types';
import type { Cell } from '../workbook/types';

/** Reads one sheet row field by field and collects its problems with row number and column label. */
export class RowContext {
  readonly problems: ImportProblem[] = [];

  constructor(
    readonly row: number,
    private readonly cells: readonly Cell[],
    private readonly header: Pick<HeaderMatch, 'columns'>,
    private readonly mapping: Readonly<Record<string, number>>,
  ) {}

  isMapped(key: string): boolean {
    return this.mapping[key] !== undefined;
  }

  cell(key: string): Cell {
    const index = this.mapping[key];
    return index === undefined ? null : (this.cells[index] ?? null);
  }

  label(key: string): string {
    return columnLabelOf(this.header, this.mapping[key]);
  }

  report(field: string, code: ProblemCode, params?: Record<string, unknown>, column: string = this.label(field)): void {
    this.problems.push(params === undefined ? { row: this.row, column, field, code } : { row: this.row, column, field, code, params });
  }

  /**
   * The problems from left to right, as the user reads the row; problems of fields without a
   * column (a missing union, say) last. `aliases` places a field by another field's column.
   */
  problemsByColumn(aliases: Readonly<Record<string, string>> = {}): ImportProblem[] {
    if (this.problems.length < 2) return [...this.problems];
    const position = (problem: ImportProblem): number =>
      this.mapping[problem.field] ?? this.mapping[aliases[problem.field] ?? ''] ?? Number.MAX_SAFE_INTEGER;
    return [...this.problems].sort((a, b) => position(a) - position(b));
  }

  /** The value, or undefined after reporting the problem. */
  take<T>(field: ImportField | string, result: ValueResult<T>): T | undefined {
    if (result.ok) return result.value;
    this.report(typeof field === 'string' ? field : field.key, result.code, result.params);
    return undefined;
  }
}

/** Whether every mapped, imported column of the row is blank (a row with only its STT, say). */
export function hasNoData(cells: readonly Cell[], mapping: Readonly<Record<string, number>>, fields: readonly ImportField[]): boolean {
  return fields.every((field) => {
    if (field.kind === 'ignore') return true;
    const index = mapping[field.key];
    if (index === undefined) return true;
    const cell = cells[index];
    return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
  });
}
