import type { TargetDraft } from '../../../shared/statistics/targets';
import type { Db } from '../db/connection';

export interface TargetRow extends TargetDraft {
  id: number;
  position: number;
  assigneeName: string;
  manualActual: number | null;
  manualBy: string | null;
  manualAt: string | null;
}

const SELECT = `
  SELECT t.id, t.year, t.code, t.name, t.unit, t.target, t.assigned_by AS assignedBy,
         t.assignee_organization_id AS assigneeOrganizationId, t.assignee_cluster_id AS assigneeClusterId,
         t.metric, t.note, t.position, t.manual_actual AS manualActual, t.manual_by AS manualBy, t.manual_at AS manualAt,
         coalesce(o.name, c.name, '') AS assigneeName
    FROM targets t
    LEFT JOIN organizations o ON o.id = t.assignee_organization_id
    LEFT JOIN clusters c ON c.id = t.assignee_cluster_id`;

export function targetsOfYear(db: Db, year: number): TargetRow[] {
  return db.prepare(`${SELECT} WHERE t.year = ? ORDER BY t.assigned_by DESC, t.position, t.id`).all(year) as TargetRow[];
}

export function findTarget(db: Db, id: number): TargetRow | undefined {
  return db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as TargetRow | undefined;
}

export function codeTaken(db: Db, draft: TargetDraft, selfId?: number): boolean {
  const clash = db
    .prepare(
      `SELECT id FROM targets WHERE year = @year AND code = @code
          AND ifnull(assignee_organization_id, 0) = ifnull(@org, 0) AND ifnull(assignee_cluster_id, 0) = ifnull(@cluster, 0)`,
    )
    .get({ year: draft.year, code: draft.code, org: draft.assigneeOrganizationId, cluster: draft.assigneeClusterId }) as { id: number } | undefined;
  return clash !== undefined && clash.id !== selfId;
}

const columns = (draft: TargetDraft) => ({
  year: draft.year,
  code: draft.code,
  name: draft.name,
  unit: draft.unit,
  target: draft.target,
  assignedBy: draft.assignedBy,
  org: draft.assigneeOrganizationId,
  cluster: draft.assigneeClusterId,
  metric: draft.metric,
  note: draft.note,
});

export function insertTarget(db: Db, draft: TargetDraft, at: string, manual?: Pick<TargetRow, 'manualActual' | 'manualBy' | 'manualAt'>): number {
  const position = db.prepare('SELECT coalesce(max(position), 0) + 1 FROM targets WHERE year = ?').pluck().get(draft.year) as number;
  return Number(
    db
      .prepare(
        `INSERT INTO targets (year, code, name, unit, target, assigned_by, assignee_organization_id, assignee_cluster_id, metric, note,
           position, manual_actual, manual_by, manual_at, created_at, updated_at)
         VALUES (@year, @code, @name, @unit, @target, @assignedBy, @org, @cluster, @metric, @note, @position, @manualActual, @manualBy, @manualAt, @at, @at)`,
      )
      .run({ ...columns(draft), position, manualActual: manual?.manualActual ?? null, manualBy: manual?.manualBy ?? null, manualAt: manual?.manualAt ?? null, at })
      .lastInsertRowid,
  );
}

export function updateTarget(db: Db, id: number, draft: TargetDraft, at: string): void {
  db.prepare(
    `UPDATE targets SET year = @year, code = @code, name = @name, unit = @unit, target = @target, assigned_by = @assignedBy,
       assignee_organization_id = @org, assignee_cluster_id = @cluster, metric = @metric, note = @note, updated_at = @at
     WHERE id = @id`,
  ).run({ ...columns(draft), id, at });
}

export function setManualActual(db: Db, id: number, value: number | null, actor: string, at: string): void {
  db.prepare('UPDATE targets SET manual_actual = ?, manual_by = ?, manual_at = ?, updated_at = ? WHERE id = ?').run(
    value,
    value === null ? null : actor,
    value === null ? null : at,
    at,
    id,
  );
}

export function deleteTarget(db: Db, id: number): void {
  db.prepare('DELETE FROM targets WHERE id = ?').run(id);
}
