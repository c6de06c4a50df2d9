import ExcelJS from 'exceljs';
import type { Rollup } from '../../../shared/upperRollup/model';
import { THIN_BORDER, writeWorkbook } from '../exchange';


function header(sheet: ExcelJS.Worksheet, values: string[]): void {
  const row = sheet.addRow(values);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  row.eachCell((cell) => (cell.border = THIN_BORDER));
}

function body(sheet: ExcelJS.Worksheet, values: (string | number | null)[]): void {
  const row = sheet.addRow(values);
  row.eachCell((cell, column) => {
    cell.border = THIN_BORDER;
    // Whole numbers without a trailing separator; ratios with one decimal.
    if (column > 3 && typeof cell.value === 'number') cell.numFmt = Number.isInteger(cell.value) ? '#,##0' : '#,##0.0';
  });
}

/**
 * The roll-up as a workbook: figures × offices with the total and each office's change from last
 * year, the upper level's own summary (total, last year, change), and the CĐCS listed twice.
 */
export async function writeRollupXlsx(rollup: Rollup, file: string, upperName: string): Promise<{ file: string }> {
  const workbook = new ExcelJS.Workbook();
  const names = rollup.offices.map((o) => o.name);
  const grid = workbook.addWorksheet('Tổng hợp theo đơn vị', { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }] });
  grid.addRow([`${upperName ? `${upperName} — ` : ''}Tổng hợp số liệu năm ${rollup.year} của các đơn vị cấp dưới`]).font = { bold: true };
  header(grid, ['Mã', 'Chỉ tiêu', 'Đơn vị tính', ...names, 'Tổng cộng', ...names.map((n) => `${n}: tăng/giảm so với năm trước`)]);
  for (const r of rollup.rows) body(grid, [r.code, r.label, r.unit, ...names.map((n) => r.offices[n] ?? null), r.total, ...names.map((n) => r.changes[n] ?? null)]);
  grid.columns.forEach((c, i) => (c.width = i === 1 ? 56 : i === 0 ? 26 : 16));

  const own = workbook.addWorksheet('Báo cáo của đơn vị', { views: [{ state: 'frozen', ySplit: 2 }] });
  own.addRow([`${upperName ? `${upperName} — ` : ''}Số liệu năm ${rollup.year} (tổng hợp từ ${names.length} đơn vị)`]).font = { bold: true };
  header(own, ['Mã', 'Chỉ tiêu', 'Đơn vị tính', `Năm ${rollup.year}`, `Năm ${rollup.year - 1}`, 'Tăng/giảm']);
  for (const r of rollup.rows) body(own, [r.code, r.label, r.unit, r.total, r.lastYearTotal, r.total !== null && r.lastYearTotal !== null ? r.total - r.lastYearTotal : null]);
  own.columns.forEach((c, i) => (c.width = i === 1 ? 56 : i === 0 ? 26 : 16));

  if (rollup.duplicates.length) {
    const dup = workbook.addWorksheet('CĐCS trùng');
    header(dup, ['Mã CĐCS', 'Tên', 'Các đơn vị cùng báo cáo (chỉ tính một lần)']);
    for (const d of rollup.duplicates) body(dup, [d.code, d.name, d.offices.join('; ')]);
    dup.columns.forEach((c, i) => (c.width = i === 2 ? 60 : 30));
  }
  await writeWorkbook(workbook, file);
  return { file };
}
