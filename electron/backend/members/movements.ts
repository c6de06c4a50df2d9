import { MOVEMENT_KINDS, type Movement, type MovementKind } from '../../../shared/members/model';
import type { Db } from '../db/connection';
import { insertRows } from '../db/insertRows';
import { columns, int, intOrNull, oneOf, statement, text } from '../db/rows';

const insertMovementSql = statement(`
  INSERT INTO member_movements (member_id, kind, date, decision_no, from_organization_id, to_organization_id, note, created_at)
  VALUES (@memberId, @kind, @date, @decisionNo, @from, @to, @note, @at)`);

export interface MovementRecord {
  memberId: number;
  kind: MovementKind;
  date: string;
  decisionNo: string;
  from: number | null;
  to: number | null;
  note: string;
}

export function insertMovement(db: Db, movement: MovementRecord, at: string): void {
  insertMovementSql(db).run({ ...movement, at });
}

/** insertMovement for many movements, a hundred rows per statement (a big import). */
export function insertMovements(db: Db, movements: readonly MovementRecord[], at: string): void {
  insertRows(
    db,
    'INSERT INTO member_movements (member_id, kind, date, decision_no, from_organization_id, to_organization_id, note, created_at) VALUES',
    movements.map((m) => [m.memberId, m.kind, m.date, m.decisionNo, m.from, m.to, m.note, at]),
  );
}

const movementsSql = statement(
  `SELECT mv.id, mv.member_id AS memberId, mv.kind, mv.date, mv.decision_no AS decisionNo,
              mv.from_organization_id AS fromOrganizationId, coalesce(f.name, '') AS fromOrganizationName,
              mv.to_organization_id AS toOrganizationId, coalesce(t.name, '') AS toOrganizationName,
              mv.note, mv.created_at AS createdAt
         FROM member_movements mv
         LEFT JOIN organizations f ON f.id = mv.from_organization_id
         LEFT JOIN organizations t ON t.id = mv.to_organization_id
        WHERE mv.member_id = ?
        ORDER BY mv.date, mv.id`,
  columns({
    id: int,
    memberId: int,
    kind: oneOf(MOVEMENT_KINDS),
    date: text,
    decisionNo: text,
    fromOrganizationId: intOrNull,
    fromOrganizationName: text,
    toOrganizationId: intOrNull,
    toOrganizationName: text,
    note: text,
    createdAt: text,
  }),
);

export function movementsOf(db: Db, memberId: number): Movement[] {
  return movementsSql(db).all(memberId);
}
