import { formatNumber } from '../../../shared/domain/format/number';
import { applyFigureEntries } from '../../../shared/reports/figures';
import type { ReportHeader, ReportSection, ReportState } from '../../../shared/reports/model';
import { sanitizeRichText } from '../../../shared/reports/richText';
import { defaultReportSections } from '../../../shared/reports/template';
import { writeAudit } from '../audit';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import { buildDraftDocument } from './document';
import { reportFiguresBySource, rollupOfficeCount } from './figureSource';
import * as repo from './repository';
import { suggestedNumber, templateHeader } from './templateHeader';

export function requireReport(ctx: BackendContext, year: number): repo.ReportRow {
  const row = repo.findReport(ctx.db, year);
  if (!row) throw new AppError('REPORT_NOT_FOUND', { year });
  return row;
}


export function getReportState(ctx: BackendContext, year: number): ReportState {
  const row = repo.findReport(ctx.db, year);
  return {
    year,
    draft: row ? buildDraftDocument(ctx, row, { charts: false, locale: ctx.locale }) : null,
    updatedAt: row?.updated_at ?? null,
    versions: row ? repo.listVersions(ctx.db, row.id) : [],
    suggestedNumber: row?.number || suggestedNumber(ctx, year),
    lastYearAvailable: repo.findReport(ctx.db, year - 1) !== undefined,
    figuresFrom: row?.figures_from ?? 'own',
    rollupOffices: rollupOfficeCount(ctx, year),
  };
}

/** A new report from the default template, or from a copy of last year's sections. */
export function createReport(ctx: BackendContext, year: number, from: 'template' | 'lastYear'): ReportState {
  const { db } = ctx;
  if (repo.findReport(db, year)) throw new AppError('REPORT_EXISTS', { year });
  const previous = from === 'lastYear' ? repo.findReport(db, year - 1) : undefined;
  if (from === 'lastYear' && !previous) throw new AppError('REPORT_LAST_YEAR_MISSING', { year: year - 1 });
  const last = previous ? repo.headerOf(previous) : undefined;
  const bump = (text: string) => text.replaceAll(String(year), String(year + 1)).replaceAll(String(year - 1), String(year));
  const header: ReportHeader = last
    ? { ...templateHeader(ctx, year), title: bump(last.title), recipients: last.recipients, signerBlock: last.signerBlock, signerTitle: last.signerTitle, signerName: last.signerName }
    : templateHeader(ctx, year);
  const sections: ReportSection[] = previous
    ? repo.readSections(db, previous.id).map((s) => (s.key === 'directions' ? { ...s, heading: bump(s.heading) } : s))
    : defaultReportSections(year);
  const at = ctx.now().toISOString();
  db.transaction(() => {
    const id = repo.insertReport(db, year, header, at);
    repo.insertSections(db, id, sections, at);
    writeAudit(db, ctx.actor, at, { action: 'create', entity: 'report', entityId: id, after: { year, from } });
  })();
  return getReportState(ctx, year);
}

export function saveHeader(ctx: BackendContext, year: number, header: ReportHeader): ReportHeader {
  const row = requireReport(ctx, year);
  const at = ctx.now().toISOString();
  const before = repo.headerOf(row);
  ctx.db.transaction(() => {
    repo.updateHeader(ctx.db, row.id, header, at);
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'report', entityId: row.id, before, after: header });
  })();
  return header;
}

/** Autosave of the narrative: each section's HTML sanitised to the allow-list before it is stored. */
export function saveSections(ctx: BackendContext, year: number, sections: { key: string; html: string }[]): { updatedAt: string; sections: { key: string; html: string }[] } {
  const row = requireReport(ctx, year);
  const at = ctx.now().toISOString();
  const clean = sections.map((s) => ({ key: s.key, html: sanitizeRichText(s.html) }));
  ctx.db.transaction(() => {
    for (const s of clean) if (!repo.updateSectionHtml(ctx.db, row.id, s.key, s.html, at)) throw new AppError('REPORT_SECTION_UNKNOWN', { year, key: s.key });
    repo.touchReport(ctx.db, row.id, at);
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'report_section', entityId: row.id, after: { keys: clean.map((s) => s.key) } });
  })();
  return { updatedAt: at, sections: clean };
}

/**
 * A typed value (the data has none) or an override of a computed figure (a reason is required);
 * value null clears the report's entry.
 */
export function setFigure(ctx: BackendContext, input: { year: number; code: string; value: number | null; reason: string; note: string }) {
  const row = requireReport(ctx, input.year);
  const figure = reportFiguresBySource(ctx, row, ctx.locale).find((f) => f.code === input.code);
  if (!figure) throw new AppError('REPORT_FIGURE_UNKNOWN', { year: input.year, code: input.code });
  const at = ctx.now().toISOString();
  const before = repo.readFigureEntries(ctx.db, row.id).find((e) => e.code === input.code) ?? null;
  if (input.value !== null && figure.value !== null && input.reason.trim() === '') {
    throw new AppError('REPORT_OVERRIDE_REASON', { label: figure.label, computed: formatNumber(figure.value), value: formatNumber(input.value) });
  }
  const entry =
    input.value === null
      ? null
      : figure.value === null
        ? { code: input.code, manualValue: input.value, overrideValue: null, reason: '', note: input.note }
        : { code: input.code, manualValue: null, overrideValue: input.value, reason: input.reason.trim(), note: input.note };
  ctx.db.transaction(() => {
    if (entry) repo.writeFigureEntry(ctx.db, row.id, entry, ctx.actor, at);
    else repo.deleteFigureEntry(ctx.db, row.id, input.code);
    repo.touchReport(ctx.db, row.id, at);
    writeAudit(ctx.db, ctx.actor, at, { action: entry ? 'update' : 'delete', entity: 'report_figure', entityId: `${row.id}:${input.code}`, before, after: entry });
  })();
  const entries = repo.readFigureEntries(ctx.db, row.id);
  return applyFigureEntries([figure], entries)[0]!;
}
