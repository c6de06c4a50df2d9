import type { ListImportKind } from '../../../../shared/exchange/import';
import type { ImportField } from '../fields/types';
import type { HeaderMatch } from '../header/findHeader';
import { isBlankRow } from '../header/rowShapes';
import type { ParsedRow } from '../problems/types';
import { hasNoData, RowContext } from '../rows/rowContext';
import { isSectionRow, isSignatureRow, isTotalRow } from '../rows/rowKinds';
import { readBoolean } from '../values/choices';
import { cellToText, isBlank } from '../values/cellText';
import type { SheetGrid } from '../workbook/types';
import { LIST_FIELDS } from './fields';
import { listDraft, type ListDraft, type ListLookups } from './drafts';
import { repeatedEntryChecker } from './repeatedRows';
import { readChoice, readMoney, readNameList, readPoints, readTypedDate } from './values';

export type ListValues = Record<string, unknown>;

function readField(ctx: RowContext, field: ImportField, values: ListValues, lookups: ListLookups): void {
  const cell = ctx.cell(field.key);
  if (field.kind === 'text') {
    const text = cellToText(cell).replace(/\s+/gu, ' ');
    if (field.maxLength !== undefined && text.length > field.maxLength) ctx.report(field.key, 'tooLong', { max: field.maxLength, length: text.length });
    else if (text !== '') values[field.key] = text;
    return;
  }
  if (isBlank(cell)) return;
  switch (field.kind) {
    case 'money':
      values[field.key] = ctx.take(field, readMoney(cell)) ?? undefined;
      return;
    case 'points':
      values[field.key] = ctx.take(field, readPoints(cell));
      return;
    case 'date':
      values[field.key] = ctx.take(field, readTypedDate(cell, lookups.workingYear)) ?? undefined;
      return;
    case 'choice':
      values[field.key] = ctx.take(field, readChoice(cell, field.choices ?? []));
      return;
    case 'boolean':
      values[field.key] = ctx.take(field, readBoolean(cell));
      return;
    case 'memberList':
      values[field.key] = readNameList(cell);
      return;
    case 'unionRef': {
      const text = cellToText(cell);
      const union = lookups.findUnion(text);
      if (union === null) ctx.report(field.key, 'unknownUnion', { value: text });
      else values[field.key] = { id: union.id, text };
      return;
    }
    case 'ignore':
    case 'name':
    case 'birthDate':
    case 'cccd':
    case 'phone':
    case 'sex':
    case 'position':
    case 'sexColumnMale':
    case 'sexColumnFemale':
    case 'sector':
    case 'count':
      return; // member and CĐCS kinds: no campaign list declares them
  }
}

/**
 * The rows of a campaign list (works, initiatives, honours, contestants) or a criteria table
 * under its header, read as the member import reads: blank, section and total rows skipped, a
 * signature line ends the list, each problem with the sheet's row number and the column's header.
 * Criteria keep their section rows: there a section is data. A row that is the same entry as an
 * earlier one (repeatedEntryChecker) is refused with both row numbers.
 */
export function parseListRows(
  kind: ListImportKind,
  grid: SheetGrid,
  header: Pick<HeaderMatch, 'columns' | 'dataStartIndex'>,
  mapping: Readonly<Record<string, number>>,
  lookups: ListLookups,
): ParsedRow<ListDraft>[] {
  const all = LIST_FIELDS[kind];
  const fields = all.filter((field) => mapping[field.key] !== undefined);
  const nameColumn = mapping[all.find((f) => f.required)?.key ?? ''];
  const results: ParsedRow<ListDraft>[] = [];
  const checkRepeated = repeatedEntryChecker();
  for (let r = header.dataStartIndex; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    if (isBlankRow(cells) || hasNoData(cells, mapping, all)) continue;
    if (isSignatureRow(cells, nameColumn)) break;
    if (isTotalRow(cells) || (kind !== 'criteria' && isSectionRow(cells, nameColumn))) continue;

    const ctx = new RowContext(r + 1, cells, header, mapping);
    const values: ListValues = {};
    for (const field of fields) readField(ctx, field, values, lookups);
    for (const field of all) {
      if (field.required && values[field.key] === undefined && !ctx.problems.some((p) => p.field === field.key)) ctx.report(field.key, 'required');
    }
    const draft = ctx.problems.length === 0 ? listDraft(kind, ctx, values, lookups) : null;
    if (draft !== null) checkRepeated(ctx, draft);
    results.push({ row: ctx.row, draft: ctx.problems.length === 0 ? draft : null, problems: ctx.problemsByColumn() });
  }
  return results;
}
