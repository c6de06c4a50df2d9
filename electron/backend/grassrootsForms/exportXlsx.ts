/**
 * Mẫu 2 in the official layout (TT | Nội dung | Đơn vị tính | Số lượng | Ghi chú, the note saying
 * where each figure comes from) and every returned Mẫu 1 of a period as one CĐCS × figure sheet.
 */
import ExcelJS from 'exceljs';
import { catalogueFigures, isFigure, type FormCatalogue } from '../../../shared/grassrootsForms/catalogue';
import type { RolledUpFigure } from '../../../shared/grassrootsForms/model';
import { sourceNote } from '../../../shared/grassrootsForms/sourceNote';
import { formatDateVi } from '../../../shared/domain/format/date';
import type { Db } from '../db/connection';
import { addPrintedSheet } from '../documents';
import { MONEY_FORMAT, THIN_BORDER, writeWorkbook } from '../exchange';
import { readSetting } from '../settings';
import { currentValues } from './returnStore';
import { expectedUnions } from './rollup';
import { SECTOR_INFIX } from '../../../shared/grassrootsForms/catalogue';
import { columns, int, query, text } from '../db/rows';

export async function exportRollupXlsx(db: Db, catalogue: FormCatalogue, period: string, figures: RolledUpFigure[], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addPrintedSheet(workbook, 'Mẫu 2-HĐCĐ', [6, 62, 12, 18, 28]);
  sheet.getCell('A1').value = String(readSetting(db, 'office.upperName') ?? '').toUpperCase();
  sheet.getCell('A2').value = String(readSetting(db, 'office.name') ?? '').toUpperCase();
  sheet.getCell('E1').value = 'Mẫu số 2-HĐCĐ';
  sheet.mergeCells('A4:E4');
  sheet.mergeCells('A5:E5');
  sheet.getCell('A4').value = `BÁO CÁO TỔNG HỢP SỐ LIỆU VỀ HOẠT ĐỘNG CÔNG ĐOÀN NĂM ${period.slice(0, 4)}`;
  sheet.getCell('A5').value = `(Số liệu tính đến ngày ${formatDateVi(period)})`;
  for (const address of ['A2', 'A4']) sheet.getCell(address).font = { bold: true };
  for (const address of ['A4', 'A5']) sheet.getCell(address).alignment = { horizontal: 'center' };
  const header = sheet.getRow(7);
  header.values = ['TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Ghi chú'];
  header.font = { bold: true };
  const byCode = new Map(figures.map((figure) => [figure.code, figure]));
  let r = 8;
  for (const section of catalogue.sections) {
    const heading = sheet.getRow(r++);
    heading.values = [section.tt, section.label.toUpperCase()];
    heading.font = { bold: true };
    for (const row of section.rows) {
      const line = sheet.getRow(r++);
      const figure = row.code ? byCode.get(row.code) : undefined;
      if (!figure) {
        line.values = [row.tt ?? '', row.label];
        line.font = { italic: true, bold: true };
        continue;
      }
      writeFigure(line, figure, isFigure(row) && row.of ? `- ${figure.label}` : figure.label);
      for (const part of figures.filter((f) => f.code.startsWith(`${figure.code}${SECTOR_INFIX}`))) writeFigure(sheet.getRow(r++), part, part.label);
    }
  }
  for (let row = 7; row < r; row++) for (let col = 1; col <= 5; col++) sheet.getCell(row, col).border = THIN_BORDER;
  await writeWorkbook(workbook, file);
}

function writeFigure(line: ExcelJS.Row, figure: RolledUpFigure, label: string): void {
  line.values = [figure.tt, label, figure.unit, figure.value, sourceNote(figure, 'vi')];
  line.getCell(4).numFmt = figure.unit === 'đồng' ? MONEY_FORMAT : figure.unit === '%' ? '0.0' : '#,##0';
}

/** Every current return of the period: one row per CĐCS we expect, one column per figure; blank = not reported. */
export async function exportReturnsXlsx(db: Db, catalogue: FormCatalogue, period: string, file: string): Promise<number> {
  const figures = catalogueFigures(catalogue).filter((figure) => figure.rollup !== 'ratio');
  const unions = new Set(expectedUnions(db, period).map((union) => union.id));
  const names = query(db, "SELECT id, coalesce(code, '') AS code, name FROM organizations WHERE level = 'grassroots' ORDER BY name_fold, id", columns({ id: int, code: text, name: text })).all();
  const values = currentValues(db, period);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Mẫu 1 đã nhận', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  sheet.columns = [{ header: 'Mã CĐCS', width: 12 }, { header: 'Tên CĐCS', width: 40 }, ...figures.map((figure) => ({ header: `${figure.label} (${figure.unit})`, width: 18 }))];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  let rows = 0;
  for (const union of names) {
    const reported = values.get(union.id);
    if (!unions.has(union.id) || !reported) continue;
    const line = sheet.addRow([union.code, union.name, ...figures.map((figure) => reported.get(figure.code) ?? null)]);
    figures.forEach((figure, i) => {
      if (figure.money) line.getCell(i + 3).numFmt = MONEY_FORMAT;
    });
    rows++;
  }
  await writeWorkbook(workbook, file);
  return rows;
}
