import type { TargetDraft } from '../../../shared/statistics/targets';
import type { Db } from '../db/connection';
import { columns, int, intOrNull, oneOf, real, realOrNull, scalarStatement, statement, text, textOrNull } from '../db/rows';

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

const targetRow = columns({
  id: int,
  year: int,
  code: text,
  name: text,
  unit: text,
  target: real,
  assignedBy: oneOf(['upper', 'own_office']),
  assigneeOrganizationId: intOrNull,
  assigneeClusterId: intOrNull,
  metric: textOrNull,
  note: text,
  position: int,
  manualActual: realOrNull,
  manualBy: textOrNull,
  manualAt: textOrNull,
  assigneeName: text,
});
const targetsOfYearSql = statement(`${SELECT} WHERE t.year = ? ORDER BY t.assigned_by DESC, t.position, t.id`, targetRow);
const targetSql = statement(`${SELECT} WHERE t.id = ?`, targetRow);
const sameCodeSql = scalarStatement(
  `SELECT id FROM targets WHERE year = @year AND code = @code
      AND ifnull(assignee_organization_id, 0) = ifnull(@org, 0) AND ifnull(assignee_cluster_id, 0) = ifnull(@cluster, 0)`,
  int,
);
const nextPositionSql = scalarStatement('SELECT coalesce(max(position), 0) + 1 FROM targets WHERE year = ?', int);

export function targetsOfYear(db: Db, year: number): TargetRow[] {
  return targetsOfYearSql(db).all(year);
}

export function findTarget(db: Db, id: number): TargetRow | undefined {
  return targetSql(db).get(id);
}

export function codeTaken(db: Db, draft: TargetDraft, selfId?: number): boolean {
  const clash = sameCodeSql(db).get({ year: draft.year, code: draft.code, org: draft.assigneeOrganizationId, cluster: draft.assigneeClusterId });
  return clash !== undefined && clash !== selfId;
}

const draftParams = (draft: TargetDraft) => ({
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
  const position = nextPositionSql(db).one(draft.year);
  return Number(
    db
      .prepare(
        `INSERT INTO targets (year, code, name, unit, target, assigned_by, assignee_organization_id, assignee_cluster_id, metric, note,
           position, manual_actual, manual_by, manual_at, created_at, updated_at)
         VALUES (@year, @code, @name, @unit, @target, @assignedBy, @org, @cluster, @metric, @note, @position, @manualActual, @manualBy, @manualAt, @at, @at)`,
      )
      .run({ ...draftParams(draft), position, manualActual: manual?.manualActual ?? null, manualBy: manual?.manualBy ?? null, manualAt: manual?.manualAt ?? null, at })
      .lastInsertRowid,
  );
}

export function updateTarget(db: Db, id: number, draft: TargetDraft, at: string): void {
  db.prepare(
    `UPDATE targets SET year = @year, code = @code, name = @name, unit = @unit, target = @target, assigned_by = @assignedBy,
       assignee_organization_id = @org, assignee_cluster_id = @cluster, metric = @metric, note = @note, updated_at = @at
     WHERE id = @id`,
  ).run({ ...draftParams(draft), id, at });
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
