/** Excel import of members and grassroots unions: the pure part (no database). */
export { readGrids } from './workbook/readGrid';
export type { Cell, SheetGrid } from './workbook/types';
export { ImportFileError, type ImportFileErrorCode } from './workbook/importFileError';
export { writeRejectedWorkbook, type RejectedWorkbookOptions } from './workbook/writeRejected';
export { convertLegacyGrid } from './encoding/convertGrid';
export { detectLegacyEncoding, tcvn3ToUnicode, vniToUnicode, type TextEncoding } from './encoding/legacyVietnamese';
export { findHeader, type HeaderMatch, type HeaderColumn } from './header/findHeader';
export type { ImportField, FieldKind } from './fields/types';
export { MEMBER_FIELDS } from './members/fields';
export { parseMemberRows, type MemberLookups, type ParsedMemberRow } from './members/parseRows';
export { UNION_FIELDS } from './unions/fields';
export { parseUnionRows, type ParsedUnionRow } from './unions/parseRows';
export type { UnionDraft } from './unions/draft';
export type { ImportProblem, ParsedRow, ProblemCode } from './problems/types';
export { problemMessage } from './problems/messages';

/** What other backend domains call. */
export { exportMembersXlsx } from './export/membersXlsx';
export { addListSheet, MONEY_FORMAT, styleHeaderRow, THIN_BORDER, workbookBytes, writeWorkbook } from './export/xlsxSheet';
export { DATE_FORMAT, excelDate } from './export/xlsxValues';
export { unionLookup } from './import/unionLookup';
export { importFileProblem } from './workbook/importFileError';
