import type { Db } from '../db/connection';
import { AppError } from '../core/appError';
import { formatDateVi } from '../../../shared/domain/format/date';

export interface UnionRef {
  id: number;
  code: string | null;
  name: string;
  dissolved_on: string | null;
}

export function findUnion(db: Db, id: number): UnionRef | undefined {
  return db
    .prepare("SELECT id, code, name, dissolved_on FROM organizations WHERE id = ? AND level = 'grassroots'")
    .get(id) as UnionRef | undefined;
}

export function findUnionByCode(db: Db, code: string): UnionRef | undefined {
  return db
    .prepare("SELECT id, code, name, dissolved_on FROM organizations WHERE code = ? AND level = 'grassroots'")
    .get(code) as UnionRef | undefined;
}

/** A CĐCS that can take members on `date`: it exists and is not dissolved by then. */
export function requireOpenUnion(db: Db, id: number, date: string): UnionRef {
  const union = findUnion(db, id);
  if (!union) throw new AppError('UNION_NOT_FOUND', { ref: id });
  if (union.dissolved_on && union.dissolved_on <= date) {
    throw new AppError('UNION_DISSOLVED', { name: union.name, date: formatDateVi(union.dissolved_on) });
  }
  return union;
}
