import { formatDateVi } from '../../../shared/domain/format/date';
import { formatNumber } from '../../../shared/domain/format/number';
import { AppError } from '../core/appError';
import type { Db } from '../db/connection';
import { scalar, text } from '../db/rows';

/** The CĐCS must exist when one is chosen. */
export function checkUnion(db: Db, id: number | null): void {
  if (id !== null && db.prepare('SELECT 1 FROM organizations WHERE id = ?').get(id) === undefined) {
    throw new AppError('CAMPAIGN_UNION_NOT_FOUND', { id });
  }
}

/** The member's full name, or an error when a chosen member does not exist; null when none is chosen. */
export function memberName(db: Db, id: number | null): string | null {
  if (id === null) return null;
  const name = scalar(db, 'SELECT full_name FROM members WHERE id = ?', text).get(id);
  if (name === undefined) throw new AppError('CAMPAIGN_MEMBER_NOT_FOUND', { id });
  return name;
}

export function unionName(db: Db, id: number | null): string | null {
  if (id === null) return null;
  const name = scalar(db, 'SELECT name FROM organizations WHERE id = ?', text).get(id);
  if (name === undefined) throw new AppError('CAMPAIGN_UNION_NOT_FOUND', { id });
  return name;
}

export function checkMoney(value: number | null, code: 'CAMPAIGN_NEGATIVE_VALUE' | 'CAMPAIGN_NEGATIVE_PRIZE'): void {
  if (value !== null && value < 0) throw new AppError(code, { value: formatNumber(value) });
}

export function checkRange(from: string | null, to: string | null): void {
  if (from && to && to < from) throw new AppError('CAMPAIGN_CONTEST_DATES_REVERSED', { from: formatDateVi(from), to: formatDateVi(to) });
}
