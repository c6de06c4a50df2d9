import type { OrganizationSummary } from '../../../shared/ipc/contracts/organizations';
import { SECTORS } from '../../../shared/organizations/levels';
import type { Db } from '../db/connection';
import { columns, int, oneOfOrNull, scalarStatement, statement } from '../db/rows';

const unionTotals = statement(
  `SELECT count(*) AS total,
          coalesce(sum(o.dissolved_on IS NULL OR o.dissolved_on > @onDate), 0) AS active,
          coalesce(sum(CASE WHEN o.dissolved_on IS NULL OR o.dissolved_on > @onDate THEN o.workers_total END), 0) AS workersTotal,
          coalesce(sum(CASE WHEN o.dissolved_on IS NULL OR o.dissolved_on > @onDate THEN o.workers_female END), 0) AS workersFemale
     FROM organizations o
     JOIN organizations office ON office.id = o.parent_id AND office.is_own_office = 1
    WHERE o.level = 'grassroots'`,
  columns({ total: int, active: int, workersTotal: int, workersFemale: int }),
);
const unionsBySector = statement(
  `SELECT o.sector AS sector, count(*) AS count,
          coalesce(sum(kept.total), 0) AS members
     FROM organizations o
     JOIN organizations office ON office.id = o.parent_id AND office.is_own_office = 1
     LEFT JOIN member_counts kept ON kept.organization_id = o.id
    WHERE o.level = 'grassroots' AND (o.dissolved_on IS NULL OR o.dissolved_on > @onDate)
    GROUP BY o.sector ORDER BY count DESC`,
  columns({ sector: oneOfOrNull(SECTORS), count: int, members: int }),
);
// member_counts holds the active members of each CĐCS, kept by triggers: no pass over every member.
const activeMembers = statement(
  `SELECT coalesce(sum(total), 0) AS active, coalesce(sum(female), 0) AS female FROM member_counts`,
  columns({ active: int, female: int }),
);
const admittedBetween = scalarStatement("SELECT count(*) FROM member_movements WHERE kind = 'admitted' AND date >= @from AND date <= @to", int);

/** Our CĐCS ("active": not dissolved by `onDate`) and their members; `year` is the working year for "new this year". */
export function organizationSummary(db: Db, onDate: string, year: number): OrganizationSummary {
  const totals = unionTotals(db).one({ onDate });
  const bySector = unionsBySector(db).all({ onDate });
  return {
    grassrootsTotal: totals.total,
    grassrootsActive: totals.active,
    workersTotal: totals.workersTotal,
    workersFemale: totals.workersFemale,
    bySector,
    members: { ...activeMembers(db).one(), admittedThisYear: admittedBetween(db).one({ from: `${year}-01-01`, to: `${year}-12-31` }), year },
  };
}

