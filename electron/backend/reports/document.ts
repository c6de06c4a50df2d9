import { applyFigureEntries } from '../../../shared/reports/figures';
import type { ReportDocument, ReportFigure } from '../../../shared/reports/model';
import { reportingPeriod } from '../../../shared/statistics/period';
import { computeYearFigures, decisionsAfterCutoff } from '../statistics';
import type { YearFigure } from '../../../shared/statistics/figures';
import type { Locale } from '../../../shared/i18n/locale';
import { writeAudit } from '../audit';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import { getSettings } from '../settings';
import { reportCharts } from './charts';
import { reportFiguresBySource } from './figureSource';
import { reportYearFigures } from './yearStatistics';
import * as repo from './repository';
import { templateHeader } from './templateHeader';
import { officeFingerprint } from '../upward';
import { defaultReportSections } from '../../../shared/reports/template';
import { resolveFigureTokens, unwrittenSections, withHints } from '../../../shared/reports/sectionText';

const HISTORY_YEARS = 4;

/** The report's figures: computed now (own or rolled up from below, as the report says), with its typed values and overrides applied. */
export function draftFigures(ctx: BackendContext, row: repo.ReportRow, locale: Locale = ctx.locale): ReportFigure[] {
  return applyFigureEntries(reportFiguresBySource(ctx, row, locale), repo.readFigureEntries(ctx.db, row.id));
}

export function reportStats(ctx: BackendContext, year: number): ReportFigure[] {
  const row = repo.findReport(ctx.db, year);
  return row ? draftFigures(ctx, row) : applyFigureEntries(reportYearFigures(ctx, { year, locale: ctx.locale }), []);
}

function history(ctx: BackendContext, year: number): { year: number; figures: YearFigure[] }[] {
  const years: { year: number; figures: YearFigure[] }[] = [];
  for (let y = year - HISTORY_YEARS; y < year; y++) {
    const figures = computeYearFigures(ctx.db, { year: y, locale: 'vi' });
    if (figures.some((f) => f.code === 'members.total' && f.value)) years.push({ year: y, figures });
  }
  return years;
}

/**
 * The draft as a document. Printouts and exports are official Vietnamese documents: their figure
 * labels are Vietnamese whatever the UI language (`locale` is the screen's only for the editor).
 */
export function buildDraftDocument(ctx: BackendContext, row: repo.ReportRow, options: { charts: boolean; locale?: Locale }): ReportDocument {
  const settings = getSettings(ctx.db, ctx.now());
  const figures = draftFigures(ctx, row, options.locale ?? 'vi');
  return {
    year: row.year,
    office: { upperName: settings['office.upperName'], name: settings['office.name'], shortName: settings['office.shortName'] },
    header: repo.headerOf(row),
    sections: withHints(repo.readSections(ctx.db, row.id), row.year),
    figures,
    charts: options.charts ? reportCharts(row.year, figures, history(ctx, row.year)) : [],
    decisionsAfterCutoff: decisionsAfterCutoff(ctx.db, reportingPeriod(row.year, repo.headerOf(row).cutoffOn)).decisions,
    version: null,
    finalizedAt: null,
  };
}

/** A finalised version exactly as it was frozen. */
export function versionDocument(ctx: BackendContext, year: number, version: number): ReportDocument {
  const row = repo.findReport(ctx.db, year);
  if (!row) throw new AppError('REPORT_NOT_FOUND', { year });
  const snapshot = repo.readSnapshot(ctx.db, row.id, version);
  if (snapshot === undefined) throw new AppError('REPORT_VERSION_NOT_FOUND', { year, version });
  return JSON.parse(snapshot) as ReportDocument;
}

/** The draft (live figures) or a finalised version (frozen), with the office key's fingerprint for the last page. */
export function reportDocument(ctx: BackendContext, year: number, version?: number | null): ReportDocument {
  return { ...reportDocumentOnly(ctx, year, version), signingKey: officeFingerprint(ctx.db) };
}

function reportDocumentOnly(ctx: BackendContext, year: number, version?: number | null): ReportDocument {
  if (version) return versionDocument(ctx, year, version);
  const row = repo.findReport(ctx.db, year);
  if (row) return buildDraftDocument(ctx, row, { charts: true });
  // No report yet (e.g. `uniondesk report export` first): the default template with the live figures.
  const at = ctx.now().toISOString();
  const header = templateHeader(ctx, year);
  const unsaved: repo.ReportRow = {
    id: 0, year, title: header.title, number: header.number, issued_on: null, place_name: header.placeName, recipients: JSON.stringify(header.recipients),
    signer_block: header.signerBlock, signer_title: header.signerTitle, signer_name: header.signerName, cutoff_on: header.cutoffOn, created_at: at, updated_at: at,
  };
  return { ...buildDraftDocument(ctx, unsaved, { charts: true }), sections: defaultReportSections(year) };
}

/**
 * Freezes the draft as a new version: header, sections (figures inserted in the text as their
 * values), figures with values and sources, charts. Sections nobody wrote are refused unless the
 * user saw them and chose to go on (`allowUnwritten`).
 */
export function finalizeReport(ctx: BackendContext, year: number, allowUnwritten = false): { version: number; finalizedAt: string } {
  const row = repo.findReport(ctx.db, year);
  if (!row) throw new AppError('REPORT_NOT_FOUND', { year });
  const draft = buildDraftDocument(ctx, row, { charts: true });
  const unwritten = unwrittenSections(draft.sections);
  if (unwritten.length > 0 && !allowUnwritten) throw new AppError('REPORT_SECTIONS_UNWRITTEN', { year, sections: unwritten.map((s) => s.heading).join('; ') });
  const doc = { ...draft, sections: draft.sections.map((s) => ({ ...s, html: resolveFigureTokens(s.html, draft.figures) })) };
  const at = ctx.now().toISOString();
  let version = 0;
  ctx.db.transaction(() => {
    version = repo.insertVersion(ctx.db, row.id, (v) => JSON.stringify({ ...doc, version: v, finalizedAt: at } satisfies ReportDocument), ctx.actor, at);
    writeAudit(ctx.db, ctx.actor, at, { action: 'finalize', entity: 'report', entityId: row.id, after: { year, version } });
  })();
  return { version, finalizedAt: at };
}
