import type { Locale } from '../../../shared/i18n/locale';
import type { FiguresFrom } from '../../../shared/reports/model';
import type { YearFigure } from '../../../shared/statistics/figures';
import { writeAudit } from '../audit';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import { computeRollup, latestPackages } from '../upperRollup';
import type { ReportRow } from './repository';
import { reportYearFigures } from './yearStatistics';

/** How many lower offices' packages the year's roll-up counts (0: nothing to take statistics from). */
export function rollupOfficeCount(ctx: BackendContext, year: number): number {
  return latestPackages(ctx.db, year).length;
}

/**
 * The report's statistics before its own entries: the office's own (reportYearFigures), or — when
 * the report says "tổng hợp từ cấp dưới" and the year has packages — the roll-up grid's totals
 * (last year's totals beside them; the targets stay this office's own).
 */
export function reportFiguresBySource(ctx: BackendContext, row: ReportRow, locale: Locale): YearFigure[] {
  const own = reportYearFigures(ctx, { year: row.year, locale, cutoff: row.cutoff_on ?? undefined });
  if (row.figures_from !== 'rollup') return own;
  const rollup = computeRollup(ctx.db, row.year);
  if (rollup.offices.length === 0) return own;
  const targets = new Map(own.map((f) => [f.code, f.target]));
  return rollup.rows.map((r) => ({ code: r.code, section: r.section, label: r.label, unit: r.unit, value: r.total, lastYear: r.lastYearTotal, target: targets.get(r.code) ?? null }));
}

/** "Số liệu: của đơn vị / tổng hợp từ cấp dưới"; the roll-up only when the year has packages. */
export function setFiguresFrom(ctx: BackendContext, row: ReportRow, from: FiguresFrom): void {
  if (from === 'rollup' && rollupOfficeCount(ctx, row.year) === 0) throw new AppError('REPORT_NO_ROLLUP', { year: row.year });
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    ctx.db.prepare('UPDATE reports SET figures_from = ?, updated_at = ? WHERE id = ?').run(from, at, row.id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'report', entityId: row.id, before: { figuresFrom: row.figures_from ?? 'own' }, after: { figuresFrom: from } });
  })();
}
