import type { Db } from '../db/connection';
import type { FigureEntry } from '../../../shared/reports/figures';
import type { ReportHeader, ReportSection, ReportVersionInfo } from '../../../shared/reports/model';
import { columns, int, intOrNull, oneOf, realOrNull, scalarStatement, statement, text, textOrNull } from '../db/rows';

const reportSql = statement(
  `SELECT id, year, title, number, issued_on, place_name, recipients, signer_block, signer_title, signer_name, cutoff_on,
          figures_from, created_at, updated_at
     FROM reports WHERE year = ?`,
  columns({
    id: int,
    year: int,
    title: text,
    number: text,
    issued_on: textOrNull,
    place_name: text,
    recipients: text,
    signer_block: text,
    signer_title: text,
    signer_name: text,
    cutoff_on: textOrNull,
    figures_from: oneOf(['own', 'rollup']),
    created_at: text,
    updated_at: text,
  }),
);
const sectionsSql = statement(
  'SELECT key, level, heading, html FROM report_sections WHERE report_id = ? ORDER BY position',
  columns({ key: text, level: int, heading: text, html: text }),
);
const figureEntriesSql = statement(
  'SELECT code, manual_value, override_value, reason, note FROM report_figures WHERE report_id = ?',
  columns({ code: text, manual_value: realOrNull, override_value: realOrNull, reason: text, note: text }),
);
const versionsSql = statement(
  'SELECT version, finalized_at AS finalizedAt, finalized_by AS finalizedBy FROM report_versions WHERE report_id = ? ORDER BY version DESC',
  columns({ version: int, finalizedAt: text, finalizedBy: text }),
);
const snapshotSql = scalarStatement('SELECT snapshot FROM report_versions WHERE report_id = ? AND version = ?', text);
const lastVersionSql = scalarStatement('SELECT max(version) FROM report_versions WHERE report_id = ?', intOrNull);
const numbersOfYearSql = scalarStatement("SELECT number FROM reports WHERE year = ? AND number <> ''", text);

export interface ReportRow {
  id: number;
  year: number;
  title: string;
  number: string;
  issued_on: string | null;
  place_name: string;
  recipients: string;
  signer_block: string;
  signer_title: string;
  signer_name: string;
  cutoff_on: string | null;
  /** Absent on a report not saved yet (then: own). */
  figures_from?: 'own' | 'rollup';
  created_at: string;
  updated_at: string;
}

export function findReport(db: Db, year: number): ReportRow | undefined {
  return reportSql(db).get(year);
}

export function headerOf(row: ReportRow): ReportHeader {
  let recipients: string[] = [];
  try {
    const parsed: unknown = JSON.parse(row.recipients);
    if (Array.isArray(parsed)) recipients = parsed.map(String);
  } catch {
    recipients = [];
  }
  return {
    title: row.title,
    number: row.number,
    issuedOn: row.issued_on,
    placeName: row.place_name,
    recipients,
    signerBlock: row.signer_block,
    signerTitle: row.signer_title,
    signerName: row.signer_name,
    cutoffOn: row.cutoff_on,
  };
}

export function insertReport(db: Db, year: number, header: ReportHeader, at: string): number {
  const result = db
    .prepare(
      `INSERT INTO reports (year, title, number, issued_on, place_name, recipients, signer_block, signer_title, signer_name, cutoff_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(year, header.title, header.number, header.issuedOn, header.placeName, JSON.stringify(header.recipients), header.signerBlock, header.signerTitle, header.signerName, header.cutoffOn, at, at);
  return Number(result.lastInsertRowid);
}

export function updateHeader(db: Db, id: number, header: ReportHeader, at: string): void {
  db.prepare(
    `UPDATE reports SET title = ?, number = ?, issued_on = ?, place_name = ?, recipients = ?, signer_block = ?, signer_title = ?, signer_name = ?, cutoff_on = ?, updated_at = ? WHERE id = ?`,
  ).run(header.title, header.number, header.issuedOn, header.placeName, JSON.stringify(header.recipients), header.signerBlock, header.signerTitle, header.signerName, header.cutoffOn, at, id);
}

export function touchReport(db: Db, id: number, at: string): void {
  db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(at, id);
}

export function readSections(db: Db, reportId: number): ReportSection[] {
  return sectionsSql(db).all(reportId).map((s) => ({
    ...s,
    level: s.level === 2 ? 2 : 1,
  }));
}

export function insertSections(db: Db, reportId: number, sections: ReportSection[], at: string): void {
  const insert = db.prepare('INSERT INTO report_sections (report_id, key, position, level, heading, html, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  sections.forEach((s, i) => insert.run(reportId, s.key, i, s.level, s.heading, s.html, at));
}

export function updateSectionHtml(db: Db, reportId: number, key: string, html: string, at: string): boolean {
  return db.prepare('UPDATE report_sections SET html = ?, updated_at = ? WHERE report_id = ? AND key = ?').run(html, at, reportId, key).changes > 0;
}

export function readFigureEntries(db: Db, reportId: number): FigureEntry[] {
  return figureEntriesSql(db).all(reportId).map((r) => ({
    code: r.code,
    manualValue: r.manual_value,
    overrideValue: r.override_value,
    reason: r.reason,
    note: r.note,
  }));
}

export function writeFigureEntry(db: Db, reportId: number, entry: FigureEntry, actor: string, at: string): void {
  db.prepare(
    `INSERT INTO report_figures (report_id, code, manual_value, override_value, reason, note, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (report_id, code) DO UPDATE SET manual_value = excluded.manual_value, override_value = excluded.override_value,
       reason = excluded.reason, note = excluded.note, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(reportId, entry.code, entry.manualValue, entry.overrideValue, entry.reason, entry.note, actor, at);
}

export function deleteFigureEntry(db: Db, reportId: number, code: string): void {
  db.prepare('DELETE FROM report_figures WHERE report_id = ? AND code = ?').run(reportId, code);
}

export function listVersions(db: Db, reportId: number): ReportVersionInfo[] {
  return versionsSql(db).all(reportId);
}

export function readSnapshot(db: Db, reportId: number, version: number): string | undefined {
  return snapshotSql(db).get(reportId, version);
}

/** Versions run 1, 2, 3… per report; `snapshot` gets the number it will be stored under. */
export function insertVersion(db: Db, reportId: number, snapshot: (version: number) => string, actor: string, at: string): number {
  const version = (lastVersionSql(db).one(reportId) ?? 0) + 1;
  db.prepare('INSERT INTO report_versions (report_id, version, finalized_at, finalized_by, snapshot) VALUES (?, ?, ?, ?, ?)').run(reportId, version, at, actor, snapshot(version));
  return version;
}

/** Numbers of the year's reports (for the next number to suggest). */
export function reportNumbersOfYear(db: Db, year: number): string[] {
  return numbersOfYearSql(db).all(year);
}
