import type { SentPackage } from '../../../shared/upward/model';
import type { Db } from '../db/connection';
import { columns, int, oneOf, realOrNull, type RowOf, scalar, statement, text, textOrNull } from '../db/rows';

const sentRow = columns({
  id: int,
  package_id: text,
  year: int,
  revision: int,
  report_version: int,
  file_name: text,
  saved_to: text,
  manifest_sha256: text,
  fingerprint: text,
  personal: int,
  created_at: text,
  status: oneOf(['sent', 'received', 'returned']),
  status_reason: text,
  status_at: textOrNull,
});
type SentRow = RowOf<typeof sentRow>;
const SENT_COLUMNS = `id, package_id, year, revision, report_version, file_name, saved_to, manifest_sha256, fingerprint, personal,
  created_at, status, status_reason, status_at`;
const sentOfYearSql = statement(
  `SELECT ${SENT_COLUMNS} FROM sent_packages WHERE (? IS NULL OR year = ?) ORDER BY year DESC, revision DESC`,
  sentRow,
);
const sentByIdSql = statement(`SELECT ${SENT_COLUMNS} FROM sent_packages WHERE package_id = ?`, sentRow);

const toSent = (r: SentRow): SentPackage => ({
  id: r.id,
  packageId: r.package_id,
  year: r.year,
  revision: r.revision,
  reportVersion: r.report_version,
  fileName: r.file_name,
  savedTo: r.saved_to,
  fingerprint: r.fingerprint,
  personal: r.personal === 1,
  createdAt: r.created_at,
  status: r.status,
  statusReason: r.status_reason,
  statusAt: r.status_at,
});

export function nextRevision(db: Db, year: number): number {
  return ((scalar(db, 'SELECT max(revision) FROM sent_packages WHERE year = ?', realOrNull).get(year)) ?? 0) + 1;
}

export function insertSent(db: Db, row: Omit<SentPackage, 'id' | 'status' | 'statusReason' | 'statusAt'> & { manifestSha256: string }): number {
  return Number(
    db
      .prepare(
        `INSERT INTO sent_packages (package_id, year, revision, report_version, file_name, saved_to, manifest_sha256, fingerprint, personal, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(row.packageId, row.year, row.revision, row.reportVersion, row.fileName, row.savedTo, row.manifestSha256, row.fingerprint, row.personal ? 1 : 0, row.createdAt).lastInsertRowid,
  );
}

export function listSent(db: Db, year?: number): SentPackage[] {
  return sentOfYearSql(db).all(year ?? null, year ?? null).map(toSent);
}

export function findSent(db: Db, packageId: string): (SentPackage & { manifestSha256: string }) | undefined {
  const row = sentByIdSql(db).get(packageId);
  return row ? { ...toSent(row), manifestSha256: row.manifest_sha256 } : undefined;
}

export function setSentStatus(db: Db, id: number, status: 'received' | 'returned', reason: string, at: string): void {
  db.prepare('UPDATE sent_packages SET status = ?, status_reason = ?, status_at = ? WHERE id = ?').run(status, reason, at, id);
}
