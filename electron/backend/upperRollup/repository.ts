import type { PackageFigure, PackageUnion } from '../../../shared/upward/manifest';
import type { Db } from '../db/connection';
import { columns, int, oneOf, realOrNull, statement, text, textOrNull, type RowOf } from '../db/rows';

const lowerOfficeRecord = columns({ id: int, code: text, name: text, public_key: textOrNull, fingerprint: textOrNull });
export type LowerOfficeRecord = RowOf<typeof lowerOfficeRecord>;

const receivedRecord = columns({
  id: int,
  office_id: int,
  package_id: text,
  year: int,
  revision: int,
  cutoff_on: text,
  manifest_sha256: text,
  received_at: text,
  status: oneOf(['submitted', 'received', 'returned']),
  reason: text,
});
export type ReceivedRecord = RowOf<typeof receivedRecord>;

const RECEIVED = 'SELECT id, office_id, package_id, year, revision, cutoff_on, manifest_sha256, received_at, status, reason FROM received_packages';
const officeByCode = statement('SELECT id, code, name, public_key, fingerprint FROM lower_offices WHERE code = ?', lowerOfficeRecord);
const packagesOfYear = statement(`${RECEIVED} WHERE office_id = ? AND year = ? ORDER BY revision DESC`, receivedRecord);
const receivedById = statement(`${RECEIVED} WHERE id = ?`, receivedRecord);
const figureRecord = columns({ code: text, section: text, label: text, unit: text, value: realOrNull, last_year: realOrNull });
const figuresOfPackage = statement('SELECT code, section, label, unit, value, last_year FROM received_figures WHERE package_id = ? ORDER BY position', figureRecord);

export function findOfficeByCode(db: Db, code: string): LowerOfficeRecord | undefined {
  return officeByCode(db).get(code);
}

export function insertOffice(db: Db, code: string, name: string, at: string): number {
  return Number(db.prepare('INSERT INTO lower_offices (code, name, created_at) VALUES (?, ?, ?)').run(code, name, at).lastInsertRowid);
}

export function pinKey(db: Db, officeId: number, publicKey: string, fingerprint: string, name: string, at: string): void {
  db.prepare('UPDATE lower_offices SET public_key = ?, fingerprint = ?, pinned_at = ?, name = ? WHERE id = ?').run(publicKey, fingerprint, at, name, officeId);
}

export function packagesOf(db: Db, officeId: number, year: number): ReceivedRecord[] {
  return packagesOfYear(db).all(officeId, year);
}

export function findReceived(db: Db, id: number): ReceivedRecord | undefined {
  return receivedById(db).get(id);
}

export function insertReceived(
  db: Db,
  row: { officeId: number; packageId: string; year: number; revision: number; cutoff: string; manifestSha256: string; manifest: string; fileName: string; at: string },
  figures: PackageFigure[],
  register: PackageUnion[],
): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO received_packages (office_id, package_id, year, revision, cutoff_on, manifest_sha256, manifest, file_name, received_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(row.officeId, row.packageId, row.year, row.revision, row.cutoff, row.manifestSha256, row.manifest, row.fileName, row.at).lastInsertRowid,
  );
  const figure = db.prepare('INSERT INTO received_figures (package_id, code, position, section, label, unit, value, last_year, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  figures.forEach((f, i) => figure.run(id, f.code, i, f.section, f.label, f.unit, f.value, f.lastYear, f.source));
  const union = db.prepare('INSERT INTO received_unions (package_id, code, name, sector, members, women, rating) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const u of register) union.run(id, u.code, u.name, u.sector, u.members, u.women, u.rating);
  return id;
}

export type FigureRecord = RowOf<typeof figureRecord>;

const unionsOfPackageSql = statement(
  'SELECT code, name, sector, members, women, rating FROM received_unions WHERE package_id = ? ORDER BY code',
  columns({ code: text, name: text, sector: textOrNull, members: int, women: int, rating: textOrNull }),
);

export function figuresOf(db: Db, packageRowId: number): FigureRecord[] {
  return figuresOfPackage(db).all(packageRowId);
}

export function unionsOf(db: Db, packageRowId: number): PackageUnion[] {
  return unionsOfPackageSql(db).all(packageRowId);
}

export function setDecision(db: Db, id: number, status: 'received' | 'returned', reason: string, at: string): void {
  db.prepare('UPDATE received_packages SET status = ?, reason = ?, decided_at = ? WHERE id = ?').run(status, reason, at, id);
}
