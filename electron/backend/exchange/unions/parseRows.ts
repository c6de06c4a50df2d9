import { todayIso } from '../../../../shared/domain/format/date';
import { foldVietnamese } from '../../../../shared/domain/text/normalize';
import type { ImportField } from '../fields/types';
import type { HeaderMatch } from '../header/findHeader';
import { isBlankRow } from '../header/rowShapes';
import type { ParsedRow } from '../problems/types';
import { hasNoData, RowContext } from '../rows/rowContext';
import { isSectionRow, isSignatureRow, isTotalRow } from '../rows/rowKinds';
import { cellToText, isBlank } from '../values/cellText';
import { readCount } from '../values/count';
import { readDate } from '../values/date';
import { readPhone } from '../values/identity';
import { normalizePersonName } from '../values/personName';
import type { SheetGrid } from '../workbook/types';
import { toUnionDraft, type UnionDraft } from './draft';
import { UNION_FIELDS } from './fields';
import { readSector } from './sector';

export type ParsedUnionRow = ParsedRow<UnionDraft>;

type DraftValues = Record<string, unknown>;

function readField(ctx: RowContext, field: ImportField, values: DraftValues, today: string): void {
  const cell = ctx.cell(field.key);
  if (field.kind === 'text' || field.kind === 'name') {
    const text = field.kind === 'name' ? normalizePersonName(cellToText(cell)) : cellToText(cell);
    if (field.maxLength !== undefined && text.length > field.maxLength) {
      ctx.report(field.key, 'tooLong', { max: field.maxLength, length: text.length });
    } else if (text !== '') {
      values[field.key] = text;
    }
    return;
  }
  if (isBlank(cell)) return;
  switch (field.kind) {
    case 'date':
      values[field.key] = ctx.take(field, readDate(cell, { allowYear: false, today }));
      return;
    case 'sector':
      values[field.key] = ctx.take(field, readSector(cell));
      return;
    case 'count':
      values[field.key] = ctx.take(field, readCount(cell));
      return;
    case 'phone':
      values[field.key] = ctx.take(field, readPhone(cell));
      return;
    case 'ignore':
    case 'birthDate':
    case 'cccd':
    case 'sex':
    case 'boolean':
    case 'position':
    case 'unionRef':
    case 'sexColumnMale':
    case 'sexColumnFemale':
    case 'money':
    case 'points':
    case 'choice':
    case 'memberList':
      return; // member and campaign-list kinds: no CĐCS column declares them
  }
}

interface FirstSeen {
  byCode: Map<string, number>;
  byName: Map<string, number>;
}

function checkDuplicate(ctx: RowContext, values: DraftValues, seen: FirstSeen): void {
  const checks: [string, Map<string, number>][] = [
    ['code', seen.byCode],
    ['name', seen.byName],
  ];
  for (const [key, firstRows] of checks) {
    const value = values[key];
    if (typeof value !== 'string' || value === '') continue;
    const folded = foldVietnamese(value);
    const firstRow = firstRows.get(folded);
    if (firstRow !== undefined) {
      ctx.report(key, 'duplicateInFile', { firstRow, by: key, value });
      return;
    }
    firstRows.set(folded, ctx.row);
  }
}

/**
 * Read the grassroots-union (CĐCS) rows under a header, like parseMemberRows: blank, section and
 * total rows skipped, a signature line ends the list, problems carry the sheet's row numbers and
 * header labels. The name is required; the sector is read from its Vietnamese label; women cannot
 * outnumber all workers; a later row with the same code or name is duplicateInFile.
 */
export function parseUnionRows(
  grid: SheetGrid,
  header: Pick<HeaderMatch, 'columns' | 'dataStartIndex'>,
  mapping: Readonly<Record<string, number>>,
  today: string = todayIso(),
): ParsedUnionRow[] {
  const results: ParsedUnionRow[] = [];
  const seen: FirstSeen = { byCode: new Map(), byName: new Map() };
  const fields = UNION_FIELDS.filter((field) => mapping[field.key] !== undefined);

  for (let r = header.dataStartIndex; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    if (isBlankRow(cells) || hasNoData(cells, mapping, UNION_FIELDS)) continue;
    if (isSignatureRow(cells, mapping.name)) break;
    if (isTotalRow(cells) || isSectionRow(cells, mapping.name)) continue;

    const ctx = new RowContext(r + 1, cells, header, mapping);
    const values: DraftValues = {};
    for (const field of fields) readField(ctx, field, values, today);

    if (values.name === undefined && !ctx.problems.some((problem) => problem.field === 'name')) ctx.report('name', 'required');
    const total = values.workersTotal;
    const female = values.workersFemale;
    if (typeof total === 'number' && typeof female === 'number' && female > total) {
      ctx.report('workersFemale', 'femaleExceedsTotal', { female, total });
    }
    checkDuplicate(ctx, values, seen);

    results.push({ row: ctx.row, draft: ctx.problems.length === 0 ? toUnionDraft(values) : null, problems: ctx.problemsByColumn() });
  }
  return results;
}
