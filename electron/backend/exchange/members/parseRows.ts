import { todayIso } from '../../../../shared/domain/format/date';
import { memberDraftSchema, type MemberDraft, type Sex } from '../../../../shared/members/model';
import type { ImportField } from '../fields/types';
import type { HeaderMatch } from '../header/findHeader';
import { isBlankRow } from '../header/rowShapes';
import type { ParsedRow } from '../problems/types';
import { hasNoData, RowContext } from '../rows/rowContext';
import { isSectionRow, isSignatureRow, isTotalRow } from '../rows/rowKinds';
import { cellToText, isBlank } from '../values/cellText';
import { isTick, readBoolean, readSex } from '../values/choices';
import { looksLikeDate, readDate } from '../values/date';
import { readCccd, readPhone } from '../values/identity';
import { normalizePersonName } from '../values/personName';
import type { SheetGrid } from '../workbook/types';
import { MEMBER_FIELDS } from './fields';
import { exactNameKey } from './nameKey';
import { readUnionPosition } from './position';

export interface MemberLookups {
  /** The grassroots union a cell names, by code or name; null when there is none. */
  findUnion(text: string): { id: number } | null;
}

/** A member row: the draft (schema-checked, defaults filled in), or null when it has problems. */
export type ParsedMemberRow = ParsedRow<MemberDraft>;

type DraftValues = Record<string, unknown>;

/** The two-column layout: the birth date (or an 'x') is written under "Nam" or under "Nữ". */
function readSexColumns(ctx: RowContext, values: DraftValues, today: string): void {
  const columns: [string, Sex][] = [
    ['birthDateMale', 'male'],
    ['birthDateFemale', 'female'],
  ];
  const filled = columns.filter(([key]) => ctx.isMapped(key) && !isBlank(ctx.cell(key)));
  if (filled.length === 2) {
    ctx.report('sex', 'invalidSex', { reason: 'both' }, `${ctx.label('birthDateMale')} / ${ctx.label('birthDateFemale')}`);
    return;
  }
  const [entry] = filled;
  if (entry === undefined) return;
  const [key, sex] = entry;
  const cell = ctx.cell(key);
  if (values.sex === undefined) values.sex = sex;
  if (isTick(cell)) return;
  const written = readSex(cell);
  if (written.ok) {
    // "Nam" written under Nam is a tick; "Nữ" under Nam is a contradiction.
    if (written.value !== sex) ctx.report(key, 'invalidSex', { value: cellToText(cell) });
    return;
  }
  if (!looksLikeDate(cell) && !(typeof cell === 'string' && /\d/u.test(cell))) {
    ctx.report(key, 'invalidSex', { value: cellToText(cell) });
    return;
  }
  const birthDate = ctx.take(key, readDate(cell, { allowYear: true, today }));
  if (birthDate !== undefined && values.birthDate === undefined) values.birthDate = birthDate;
}

function readText(ctx: RowContext, field: ImportField, values: DraftValues): void {
  const text = cellToText(ctx.cell(field.key));
  if (field.maxLength !== undefined && text.length > field.maxLength) {
    ctx.report(field.key, 'tooLong', { max: field.maxLength, length: text.length });
    return;
  }
  values[field.key] = text;
}

function readField(ctx: RowContext, field: ImportField, values: DraftValues, lookups: MemberLookups, today: string): void {
  const cell = ctx.cell(field.key);
  if (field.kind === 'name') {
    const name = normalizePersonName(cellToText(cell));
    if (name === '') return; // reported as 'required' below
    if (field.maxLength !== undefined && name.length > field.maxLength) {
      ctx.report(field.key, 'tooLong', { max: field.maxLength, length: name.length });
    } else {
      values[field.key] = name;
    }
    return;
  }
  if (field.kind === 'text') {
    readText(ctx, field, values);
    return;
  }
  if (isBlank(cell)) return;
  switch (field.kind) {
    case 'birthDate':
      values[field.key] = ctx.take(field, readDate(cell, { allowYear: true, today }));
      return;
    case 'date':
      values[field.key] = ctx.take(field, readDate(cell, { allowYear: false, today }));
      return;
    case 'sex':
      values[field.key] = ctx.take(field, readSex(cell));
      return;
    case 'cccd':
      values[field.key] = ctx.take(field, readCccd(cell));
      return;
    case 'phone':
      values[field.key] = ctx.take(field, readPhone(cell));
      return;
    case 'boolean':
      values[field.key] = ctx.take(field, readBoolean(cell));
      return;
    case 'position':
      values[field.key] = ctx.take(field, readUnionPosition(cell));
      return;
    case 'unionRef': {
      const text = cellToText(cell);
      const union = lookups.findUnion(text);
      if (union === null) ctx.report(field.key, 'unknownUnion', { value: text });
      else values.organizationId = union.id;
      return;
    }
    case 'ignore':
    case 'sexColumnMale':
    case 'sexColumnFemale':
    case 'sector':
    case 'count':
    case 'money':
    case 'points':
    case 'choice':
    case 'memberList':
      return; // the sex columns are read with the birth date; the others are not member fields
  }
}

/** Problems the schema still finds (it should not, after the checks above) as problems of the row. */
function checkSchema(ctx: RowContext, values: DraftValues): MemberDraft | null {
  const parsed = memberDraftSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    if (ctx.problems.some((problem) => problem.field === key)) continue;
    if (issue.code === 'too_big') ctx.report(key, 'tooLong', { max: Number(issue.maximum) });
    else ctx.report(key, 'invalidValue', { reason: issue.message });
  }
  return null;
}

interface FirstSeen {
  byCccd: Map<string, number>;
  /** Exact name (diacritics kept) and birth date → the first row and whether it had a CCCD. */
  byNameAndBirth: Map<string, { row: number; cccd: boolean }>;
}

/**
 * The same CCCD as an earlier row of the file, or the same exact name (NFC, case-folded, with
 * diacritics) and birth date when one of the two rows has no CCCD. Hòa and Hoa born the same day
 * are two people.
 */
function checkDuplicate(ctx: RowContext, values: DraftValues, seen: FirstSeen): void {
  const cccd = typeof values.cccd === 'string' ? values.cccd : null;
  if (cccd !== null) {
    const firstRow = seen.byCccd.get(cccd);
    if (firstRow !== undefined) {
      ctx.report('cccd', 'duplicateInFile', { firstRow, by: 'cccd', value: cccd });
      return;
    }
    seen.byCccd.set(cccd, ctx.row);
  }
  if (typeof values.fullName === 'string' && typeof values.birthDate === 'string') {
    const key = `${exactNameKey(values.fullName)}|${values.birthDate}`;
    const first = seen.byNameAndBirth.get(key);
    if (first !== undefined && (!first.cccd || cccd === null)) {
      ctx.report('fullName', 'duplicateInFile', { firstRow: first.row, by: 'nameAndBirthDate', value: values.fullName });
      return;
    }
    if (first === undefined) seen.byNameAndBirth.set(key, { row: ctx.row, cccd: cccd !== null });
  }
}

/**
 * Read the member rows under a header, with the (possibly user-edited) mapping field key →
 * column index. Blank rows, rows with no imported data, section titles and total rows are
 * skipped; a signature or date line ends the list. Each row gives a draft or its problems, with
 * the sheet's own row numbers and the file's header labels. The grassroots union comes from the
 * mapped column through lookups.findUnion, else from defaultOrganizationId. Dates after `today`
 * ('YYYY-MM-DD') are futureDate. A later row with the same CCCD, or the same exact name and birth
 * date when a CCCD is missing, as an earlier one is duplicateInFile (checkDuplicate).
 */
export function parseMemberRows(
  grid: SheetGrid,
  header: Pick<HeaderMatch, 'columns' | 'dataStartIndex'>,
  mapping: Readonly<Record<string, number>>,
  lookups: MemberLookups,
  defaultOrganizationId?: number,
  today: string = todayIso(),
): ParsedMemberRow[] {
  const results: ParsedMemberRow[] = [];
  const seen: FirstSeen = { byCccd: new Map(), byNameAndBirth: new Map() };
  const fields = MEMBER_FIELDS.filter((field) => mapping[field.key] !== undefined);

  for (let r = header.dataStartIndex; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    if (isBlankRow(cells) || hasNoData(cells, mapping, MEMBER_FIELDS)) continue;
    if (isSignatureRow(cells, mapping.fullName)) break;
    if (isTotalRow(cells) || isSectionRow(cells, mapping.fullName)) continue;

    const ctx = new RowContext(r + 1, cells, header, mapping);
    const values: DraftValues = {};
    if (defaultOrganizationId !== undefined) values.organizationId = defaultOrganizationId;
    for (const field of fields) readField(ctx, field, values, lookups, today);
    readSexColumns(ctx, values, today);

    if (values.fullName === undefined && !ctx.problems.some((problem) => problem.field === 'fullName')) {
      ctx.report('fullName', 'required');
    }
    if (values.organizationId === undefined && !ctx.problems.some((problem) => problem.field === 'union')) {
      ctx.report('union', 'missingUnion');
    }
    checkDuplicate(ctx, values, seen);

    const draft = ctx.problems.length === 0 ? checkSchema(ctx, values) : null;
    results.push({ row: ctx.row, draft, problems: ctx.problemsByColumn({ sex: 'birthDateMale' }) });
  }
  return results;
}
