import type { Db } from '../db/connection';
import { AppError } from '../core/appError';
import { columns, int, intOrNull, real, statement, text } from '../db/rows';

const sheetToCopy = statement('SELECT year, name, tie_rules, flag_count FROM score_sheets WHERE id = ?', columns({ year: int, name: text, tie_rules: text, flag_count: int }));
const criteriaToCopy = statement(
  'SELECT id, parent_id, position, kind, code, content, condition, evidence, max_points, levels FROM score_criteria WHERE sheet_id = ? ORDER BY position, id',
  columns({ id: int, parent_id: intOrNull, position: int, kind: text, code: text, content: text, condition: text, evidence: text, max_points: real, levels: text }),
);

/** Last year's name with this year's number: "Bảng điểm năm 2024" → "Bảng điểm năm 2025". */
export function renameForYear(name: string, fromYear: number, toYear: number): string {
  return name.includes(String(fromYear)) ? name.split(String(fromYear)).join(String(toYear)) : name;
}

/** A new sheet for the cluster with the criteria, bands and rules of another sheet (no scores). */
export function copySheetContent(db: Db, fromSheetId: number, to: { year: number; clusterId: number; at: string }): number {
  const from = sheetToCopy(db).get(fromSheetId);
  if (!from) throw new AppError('SCORE_SHEET_NOT_FOUND', { id: fromSheetId });
  const sheetId = Number(
    db
      .prepare('INSERT INTO score_sheets (year, cluster_id, name, tie_rules, flag_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(to.year, to.clusterId, renameForYear(from.name, from.year, to.year), from.tie_rules, from.flag_count, to.at, to.at).lastInsertRowid,
  );
  const rows = criteriaToCopy(db).all(fromSheetId);
  const insert = db.prepare(
    'INSERT INTO score_criteria (sheet_id, parent_id, position, kind, code, content, condition, evidence, max_points, levels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const newIds = new Map<number, number>();
  for (const r of rows) {
    const parent = r.parent_id === null ? null : (newIds.get(r.parent_id) ?? null);
    newIds.set(r.id, Number(insert.run(sheetId, parent, r.position, r.kind, r.code, r.content, r.condition, r.evidence, r.max_points, r.levels).lastInsertRowid));
  }
  db.prepare('INSERT INTO score_bands (sheet_id, rating, label, min_points, max_points) SELECT ?, rating, label, min_points, max_points FROM score_bands WHERE sheet_id = ?').run(
    sheetId,
    fromSheetId,
  );
  return sheetId;
}
