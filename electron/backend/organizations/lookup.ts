import type { Db } from '../db/connection';
import { AppError } from '../core/appError';
import { formatDateVi } from '../../../shared/domain/format/date';
import { columns, int, intOrNull, statement, text, textOrNull, type RowOf } from '../db/rows';

/** `ours` is 1 for a CĐCS under our office (NULL for one under no office). */
const unionRef = columns({ id: int, code: textOrNull, name: text, dissolved_on: textOrNull, ours: intOrNull });
export type UnionRef = RowOf<typeof unionRef>;

const SELECT_UNION = `SELECT id, code, name, dissolved_on,
  (parent_id = (SELECT id FROM organizations WHERE is_own_office = 1)) AS ours FROM organizations`;
const unionById = statement(`${SELECT_UNION} WHERE id = ? AND level = 'grassroots'`, unionRef);
const unionByCode = statement(`${SELECT_UNION} WHERE code = ? AND level = 'grassroots'`, unionRef);

export function findUnion(db: Db, id: number): UnionRef | undefined {
  return unionById(db).get(id);
}

export function findUnionByCode(db: Db, code: string): UnionRef | undefined {
  return unionByCode(db).get(code);
}

/** A CĐCS that can take members on `date`: ours, existing, and not dissolved by then. */
export function requireOpenUnion(db: Db, id: number, date: string): UnionRef {
  const union = findUnion(db, id);
  if (!union) throw new AppError('UNION_NOT_FOUND', { ref: id });
  if (union.ours !== 1) throw new AppError('UNION_NOT_OURS', { name: union.name });
  if (union.dissolved_on && union.dissolved_on <= date) {
    throw new AppError('UNION_DISSOLVED', { name: union.name, date: formatDateVi(union.dissolved_on) });
  }
  return union;
}
