import type { Db } from '../db/connection';
import { AppError } from '../core/appError';
import { formatDateVi } from '../../../shared/domain/format/date';

export interface UnionRef {
  id: number;
  code: string | null;
  name: string;
  dissolved_on: string | null;
  ours: number;
}

const SELECT_UNION = `SELECT id, code, name, dissolved_on,
  (parent_id = (SELECT id FROM organizations WHERE is_own_office = 1)) AS ours FROM organizations`;

export function findUnion(db: Db, id: number): UnionRef | undefined {
  return db
    .prepare(`${SELECT_UNION} WHERE id = ? AND level = 'grassroots'`)
    .get(id) as UnionRef | undefined;
}

export function findUnionByCode(db: Db, code: string): UnionRef | undefined {
  return db
    .prepare(`${SELECT_UNION} WHERE code = ? AND level = 'grassroots'`)
    .get(code) as UnionRef | undefined;
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
