import { columns, int, oneOf, scalarStatement, statement } from '../db/rows';
import { managedOn, percent, type FigureContext, type SectionValues } from './figureContext';

const SECTORS = ['public_service', 'state_enterprise', 'private_enterprise', 'fdi_enterprise', 'professional_union'] as const;
const RATINGS = ['strong', 'good', 'completed', 'not_completed'] as const;

const foundedSql = scalarStatement(
  `SELECT o.id FROM organizations o
    WHERE o.level = 'grassroots' AND o.founded_on BETWEEN @from AND @to AND ${managedOn('o.id', 'o.founded_on')}`,
  int,
);
const dissolvedSql = scalarStatement(
  `SELECT o.id FROM organizations o
    WHERE o.level = 'grassroots' AND o.dissolved_on BETWEEN @from AND @to
      AND EXISTS (SELECT 1 FROM organization_management om WHERE om.organization_id = o.id AND om.manager_id = @office
                    AND om.valid_from <= o.dissolved_on AND (om.valid_to IS NULL OR om.valid_to >= o.dissolved_on))`,
  int,
);
const transferredOutSql = scalarStatement(
  `SELECT DISTINCT om.organization_id AS id FROM organization_management om JOIN organizations o ON o.id = om.organization_id
    WHERE om.manager_id = @office AND om.valid_to BETWEEN @from AND @to
      AND (o.dissolved_on IS NULL OR o.dissolved_on <> om.valid_to)`,
  int,
);
const transferredInSql = scalarStatement(
  `SELECT DISTINCT om.organization_id AS id FROM organization_management om
    WHERE om.manager_id = @office AND om.valid_from BETWEEN @from AND @to
      AND EXISTS (SELECT 1 FROM organization_management p
                   WHERE p.organization_id = om.organization_id AND p.manager_id <> @office AND p.valid_from < om.valid_from)`,
  int,
);
const ratingsSql = statement('SELECT organization_id AS id, rating FROM union_ratings WHERE year = ?', columns({ id: int, rating: oneOf(RATINGS) }));

/**
 * CĐCS at the cut-off by sector, workers, founded / dissolved / transferred in the period, and the
 * ratings of the year. Founded = founded_on in the period under our management that day;
 * dissolved = dissolved_on in the period while ours; transferred out = our management row ended in
 * the period without a dissolution; transferred in = our management row began in the period after
 * another office's.
 */
export function organizationFigures(cx: FigureContext): SectionValues {
  const values = new Map<string, number | null>();
  const { unions, period } = cx;
  const inScope = (ids: number[]) => (cx.scope ? ids.filter((id) => cx.scope?.has(id)) : ids).length;
  values.set('unions.total', unions.length);
  for (const sector of SECTORS) values.set(`unions.sector.${sector}`, unions.filter((u) => u.sector === sector).length);
  const params = { office: cx.officeId ?? -1, from: period.from, to: period.to };
  values.set('unions.founded', inScope(foundedSql(cx.db).all(params)));
  values.set('unions.dissolved', inScope(dissolvedSql(cx.db).all(params)));
  values.set('unions.transferredOut', inScope(transferredOutSql(cx.db).all(params)));
  values.set('unions.transferredIn', inScope(transferredInSql(cx.db).all(params)));
  const workersKnown = unions.some((u) => u.workersTotal !== null);
  values.set('workers.total', workersKnown ? unions.reduce((sum, u) => sum + (u.workersTotal ?? 0), 0) : null);
  values.set('workers.female', unions.some((u) => u.workersFemale !== null) ? unions.reduce((sum, u) => sum + (u.workersFemale ?? 0), 0) : null);

  const ours = new Set(unions.map((u) => u.id));
  const ratings = ratingsSql(cx.db).all(period.year).filter((row) => ours.has(row.id));
  values.set('unions.rated', ratings.length);
  for (const rating of RATINGS) values.set(`unions.rating.${rating}`, ratings.filter((row) => row.rating === rating).length);
  values.set('unions.strongPercent', percent(ratings.filter((row) => row.rating === 'strong').length, ratings.length));
  return { values };
}
