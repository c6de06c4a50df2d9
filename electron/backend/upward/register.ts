import type { PackageUnion } from '../../../shared/upward/manifest';
import { reportingPeriod } from '../../../shared/statistics/period';
import type { Db } from '../db/connection';
import { FigureSession } from '../statistics/figureSession';
import { columns, int, query, text, textOrNull } from '../db/rows';

/** Our CĐCS at the cut-off: code, name, sector, members and women then, the year's rating. Counts only. */
export function unionRegister(db: Db, year: number, cutoff: string): PackageUnion[] {
  const register = new FigureSession(db).unionRegister(reportingPeriod(year, cutoff));
  const names = new Map(
    (query(db, "SELECT id, code, name FROM organizations WHERE level = 'grassroots'", columns({ id: int, code: textOrNull, name: text })).all()).map((r) => [r.id, r]),
  );
  const ratings = new Map((query(db, 'SELECT organization_id AS id, rating FROM union_ratings WHERE year = ?', columns({ id: int, rating: text })).all(year)).map((r) => [r.id, r.rating]));
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
