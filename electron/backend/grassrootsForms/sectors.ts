/**
 * The sectors (khối) the office counts CĐCS by: an editable, dated list (defaults: today's five).
 * Renaming or adding a sector from a date closes the row in force and opens a new one, so figures
 * of an earlier date keep the list of their time.
 */
import { writeAudit } from '../audit/auditLog';
import type { Db } from '../db/connection';
import { type RowOf, columns, int, query, text } from '../db/rows';

const unionSector = columns({ code: text, label: text, position: int, validFrom: text });
export type UnionSector = RowOf<typeof unionSector>;

/** The list in force on a day, in its order. */
export function sectorsOn(db: Db, day: string): UnionSector[] {
  return query(db, `SELECT code, label, position, valid_from AS validFrom FROM union_sectors
        WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) ORDER BY position, code`, unionSector).all(day, day);
}

/** A sector as it is from `validFrom` on (a new one, or a new label or place for an existing one). */
export function saveSector(db: Db, actor: string, at: string, sector: UnionSector): void {
  db.transaction(() => {
    db.prepare('DELETE FROM union_sectors WHERE code = ? AND valid_from = ?').run(sector.code, sector.validFrom);
    db.prepare('UPDATE union_sectors SET valid_to = ? WHERE code = ? AND valid_from < ? AND (valid_to IS NULL OR valid_to > ?)').run(sector.validFrom, sector.code, sector.validFrom, sector.validFrom);
    db.prepare('INSERT INTO union_sectors (code, label, position, valid_from) VALUES (?, ?, ?, ?)').run(sector.code, sector.label, sector.position, sector.validFrom);
    writeAudit(db, actor, at, { action: 'update', entity: 'union_sectors', entityId: sector.code, after: sector });
  })();
}

/** Ends a sector from a day on (it stays in the lists of earlier days). */
export function endSector(db: Db, code: string, day: string): void {
  db.prepare('UPDATE union_sectors SET valid_to = ? WHERE code = ? AND valid_from < ? AND (valid_to IS NULL OR valid_to > ?)').run(day, code, day, day);
}
