import type { OrganizationSummary } from '../../../shared/ipc/contracts/organizations';
import type { Sector } from '../../../shared/organizations/levels';
import type { Db } from '../db/connection';

/** CĐCS currently managed by our office; "active" means not dissolved by `onDate`. */
export function organizationSummary(db: Db, onDate: string): OrganizationSummary {
  const totals = db
    .prepare(
      `SELECT count(*) AS total,
              coalesce(sum(o.dissolved_on IS NULL OR o.dissolved_on > @onDate), 0) AS active,
              coalesce(sum(CASE WHEN o.dissolved_on IS NULL OR o.dissolved_on > @onDate THEN o.workers_total END), 0) AS workersTotal,
              coalesce(sum(CASE WHEN o.dissolved_on IS NULL OR o.dissolved_on > @onDate THEN o.workers_female END), 0) AS workersFemale
         FROM organizations o
         JOIN organizations office ON office.id = o.parent_id AND office.is_own_office = 1
        WHERE o.level = 'grassroots'`,
    )
    .get({ onDate }) as { total: number; active: number; workersTotal: number; workersFemale: number };
  const bySector = db
    .prepare(
      `SELECT o.sector AS sector, count(*) AS count
         FROM organizations o
         JOIN organizations office ON office.id = o.parent_id AND office.is_own_office = 1
        WHERE o.level = 'grassroots' AND (o.dissolved_on IS NULL OR o.dissolved_on > @onDate)
        GROUP BY o.sector ORDER BY count DESC`,
    )
    .all({ onDate }) as { sector: Sector | null; count: number }[];
  return {
    grassrootsTotal: totals.total,
    grassrootsActive: totals.active,
    workersTotal: totals.workersTotal,
    workersFemale: totals.workersFemale,
    bySector,
  };
}
