import type { PackageUnion } from '../../../shared/upward/manifest';
import { reportingPeriod } from '../../../shared/statistics/period';
import type { Db } from '../db/connection';
import { FigureSession } from '../statistics';

/** Our CĐCS at the cut-off: code, name, sector, members and women then, the year's rating. Counts only. */
export function unionRegister(db: Db, year: number, cutoff: string): PackageUnion[] {
  const register = new FigureSession(db).unionRegister(reportingPeriod(year, cutoff));
  const names = new Map(
    (db.prepare("SELECT id, code, name FROM organizations WHERE level = 'grassroots'").all() as { id: number; code: string | null; name: string }[]).map((r) => [r.id, r]),
  );
  const ratings = new Map((db.prepare('SELECT organization_id AS id, rating FROM union_ratings WHERE year = ?').all(year) as { id: number; rating: string }[]).map((r) => [r.id, r.rating]));
  return register
    .map(({ union, members }) => ({
      code: names.get(union.id)?.code ?? `ID${union.id}`,
      name: names.get(union.id)?.name ?? '',
      sector: union.sector,
      members: members.total,
      women: members.female,
      rating: ratings.get(union.id) ?? null,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
