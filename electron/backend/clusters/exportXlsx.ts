import ExcelJS from 'exceljs';
import type { SheetDetail } from '../../../shared/clusters/model';
import type { BackendContext } from '../core/context';
import { writeWorkbook } from '../exchange';
import { exportTarget } from '../files';
import { sheetDetail } from './sheetRepository';

// Points have at most two decimals; '#,##0.##' would show a whole 90 as "90.".
const NUM = 'General';
type Texts = Record<'no' | 'content' | 'condition' | 'evidence' | 'max' | 'self' | 'agreed' | 'total' | 'unit' | 'selfTotal' | 'agreedTotal' | 'bonus' | 'deductions' | 'rank' | 'rating' | 'flag' | 'yes' | 'sheet' | 'ranking', string>;

const texts: Record<'vi' | 'en', Texts> = {
  vi: {
    no: 'TT', content: 'Nội dung', condition: 'Điều kiện chấm điểm', evidence: 'Văn bản chứng minh', max: 'Điểm tối đa',
    self: 'Tự chấm', agreed: 'Thống nhất', total: 'Tổng điểm', unit: 'Đơn vị', selfTotal: 'Điểm tự chấm',
    agreedTotal: 'Điểm thống nhất', bonus: 'Điểm thưởng', deductions: 'Điểm trừ', rank: 'Xếp hạng', rating: 'Xếp loại',
    flag: 'Đề nghị cờ', yes: 'x', sheet: 'Bảng chấm điểm', ranking: 'Xếp hạng',
  },
  en: {
    no: 'No.', content: 'Content', condition: 'Scoring condition', evidence: 'Evidence', max: 'Max points',
    self: 'Self', agreed: 'Agreed', total: 'Total', unit: 'Unit', selfTotal: 'Self-score',
    agreedTotal: 'Agreed score', bonus: 'Bonus', deductions: 'Deductions', rank: 'Rank', rating: 'Rating',
    flag: 'Flag proposed', yes: 'x', sheet: 'Scoring sheet', ranking: 'Ranking',
  },
};

function title(ws: ExcelJS.Worksheet, text: string, width: number): void {
  ws.addRow([text]).font = { bold: true, size: 13 };
  ws.mergeCells(1, 1, 1, Math.max(1, width));
  ws.addRow([]);
}

function boldHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

function writeRanking(wb: ExcelJS.Workbook, d: SheetDetail, l: Texts): void {
  const ws = wb.addWorksheet(l.ranking, { views: [{ state: 'frozen', ySplit: 3 }] });
  const headers = [l.no, l.unit, l.selfTotal, l.agreedTotal, l.bonus, l.deductions, l.rank, l.rating, l.flag];
  title(ws, d.sheet.name, headers.length);
  boldHeader(ws.addRow(headers));
  d.ranking.forEach((r, i) =>
    ws.addRow([i + 1, r.name, r.selfTotal, r.agreedTotal, r.bonus, r.deductions, r.rank, r.ratingLabel ?? '', r.proposedForFlag ? l.yes : '']),
  );
  ws.columns = [{ width: 6 }, { width: 40 }, { width: 13 }, { width: 14 }, { width: 11 }, { width: 10 }, { width: 9 }, { width: 26 }, { width: 11 }];
  for (const c of [3, 4, 5, 6]) ws.getColumn(c).numFmt = NUM;
}

function writeSheet(wb: ExcelJS.Workbook, d: SheetDetail, l: Texts): void {
  const ws = wb.addWorksheet(l.sheet, { views: [{ state: 'frozen', ySplit: 4, xSplit: 2 }] });
  const fixed = [l.no, l.content, l.condition, l.evidence, l.max];
  title(ws, d.sheet.name, fixed.length + d.units.length * 2);
  const top = ws.addRow([...fixed, ...d.units.flatMap((u) => [u.name, ''])]);
  const sub = ws.addRow([...fixed.map(() => ''), ...d.units.flatMap(() => [l.self, l.agreed])]);
  fixed.forEach((_, i) => ws.mergeCells(top.number, i + 1, sub.number, i + 1));
  d.units.forEach((_, i) => ws.mergeCells(top.number, fixed.length + 1 + i * 2, top.number, fixed.length + 2 + i * 2));
  boldHeader(top);
  boldHeader(sub);
  const score = new Map(d.scores.map((s) => [`${s.criterionId}:${s.clusterMemberId}`, s]));
  for (const c of d.criteria) {
    const cells = d.units.flatMap((u): (number | null)[] => {
      const s = score.get(`${c.id}:${u.id}`);
      return c.kind === 'section' ? [null, null] : [s?.selfScore ?? null, s?.agreedScore ?? null];
    });
    const row = ws.addRow([c.code, c.content, c.condition, c.evidence, c.kind === 'section' ? null : c.kind === 'deduction' ? -c.maxPoints : c.maxPoints, ...cells]);
    if (c.kind === 'section') row.font = { bold: true };
    row.alignment = { vertical: 'top', wrapText: true };
  }
  const byUnit = new Map(d.ranking.map((r) => [r.clusterMemberId, r]));
  const total = ws.addRow(['', l.total, '', '', null, ...d.units.flatMap((u) => [byUnit.get(u.id)?.selfTotal ?? 0, byUnit.get(u.id)?.agreedTotal ?? 0])]);
  total.font = { bold: true };
  ws.columns = [{ width: 6 }, { width: 48 }, { width: 30 }, { width: 26 }, { width: 9 }, ...d.units.flatMap(() => [{ width: 9 }, { width: 10 }])];
  for (let c = 5; c <= fixed.length + d.units.length * 2; c++) ws.getColumn(c).numFmt = NUM;
}

/** The sheet (criteria with each unit's scores) or the ranking as .xlsx; numbers stay numbers. */
export async function exportSheetXlsx(ctx: BackendContext, id: number, what: 'sheet' | 'ranking', target: string | undefined): Promise<{ file: string }> {
  const d = sheetDetail(ctx.db, id);
  const l = texts[ctx.locale];
  const wb = new ExcelJS.Workbook();
  if (what === 'ranking') writeRanking(wb, d, l);
  else writeSheet(wb, d, l);
  const file = exportTarget(ctx, target, what === 'ranking' ? 'xep-hang' : 'bang-cham-diem', 'xlsx');
  await writeWorkbook(wb, file);
  return { file };
}
