import ExcelJS from 'exceljs';
import { AWARD_LIST_HEADERS } from '../../../../shared/awards/recipientList';
import type { TemplateKind } from '../../../../shared/exchange/import';
import type { BackendContext } from '../../core/context';
import { exportTarget } from '../../files';
import { MONEY_FORMAT, styleHeaderRow, writeWorkbook } from '../export/xlsxSheet';
import type { FieldKind } from '../fields/types';
import { fieldsFor } from '../import/inspect';

interface TemplateColumn {
  header: string;
  kind: FieldKind | 'award';
}

/** The two-column sex layout is an alternative to "Ngày sinh" + "Giới tính": a template offers the plain one. */
const LEFT_OUT: ReadonlySet<FieldKind> = new Set(['sexColumnMale', 'sexColumnFemale']);

/** The headers of a blank list: each field's own Vietnamese label, which its reader matches first. */
export function templateColumns(kind: TemplateKind): TemplateColumn[] {
  if (kind === 'awards') return AWARD_LIST_HEADERS.map((header) => ({ header, kind: 'award' }));
  return fieldsFor(kind)
    .filter((field) => !LEFT_OUT.has(field.kind))
    .map((field) => ({ header: field.labelVi, kind: field.kind }));
}

const TEXT_KINDS: ReadonlySet<TemplateColumn['kind']> = new Set(['cccd', 'phone', 'date', 'birthDate', 'text']);
const FILE_NAMES: Record<TemplateKind, string> = {
  members: 'mau-doan-vien',
  unions: 'mau-cdcs',
  awards: 'mau-khen-thuong',
  works: 'mau-cong-trinh',
  initiatives: 'mau-sang-kien',
  honours: 'mau-ton-vinh',
  contestants: 'mau-thi-sinh',
  criteria: 'mau-tieu-chi-cham-diem',
};

/**
 * A blank workbook for an import: one header row, frozen; dates, IDs and phone numbers as text
 * cells (so 0912… and 26/12/2025 stay as typed), money with thousands separators.
 */
export async function writeBlankTemplate(ctx: BackendContext, kind: TemplateKind, target?: string): Promise<string> {
  const file = exportTarget(ctx, target, FILE_NAMES[kind], 'xlsx');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = templateColumns(kind);
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: Math.max(12, c.header.length + 4),
    style: c.kind === 'money' ? { numFmt: MONEY_FORMAT } : TEXT_KINDS.has(c.kind) ? { numFmt: '@' } : {},
  }));
  styleHeaderRow(sheet.getRow(1), { bold: true });
  await writeWorkbook(workbook, file);
  return file;
}
