import { campaignTotals } from '../campaigns';
import { columns, int, statement } from '../db/rows';
import type { FigureContext, SectionValues } from './figureContext';

const clustersSql = statement(
  `SELECT count(*) AS clusters, coalesce(sum((SELECT count(*) FROM cluster_members cm WHERE cm.cluster_id = c.id)), 0) AS units
     FROM clusters c WHERE c.year = ? AND c.scope = 'own_unions'`,
  columns({ clusters: int, units: int }),
);

/** Campaigns of the year (campaigns.year = Y) through the campaigns domain's totals, and the year's clusters. */
export function emulationFigures(cx: FigureContext): SectionValues {
  const year = cx.period.year;
  const totals = campaignTotals(cx.db, { year });
  const clusters = clustersSql(cx.db).one(year);
  const values = new Map<string, number | null>([
    ['emulation.works.grassroots', totals.works.grassroots],
    ['emulation.works.upper', totals.works.upper],
    ['emulation.works.plaque', totals.works.plaque],
    ['emulation.works.value', totals.works.value],
    ['emulation.initiatives', totals.initiatives.count],
    ['emulation.initiatives.value', totals.initiatives.value],
    ['emulation.initiatives.authors', totals.initiatives.authors],
    ['emulation.contests', totals.contests.count],
    ['emulation.contests.contestants', totals.contests.contestants],
    ['emulation.contests.prizeWinners', totals.contests.prizeWinners],
    ['emulation.contests.prizeMoney', totals.contests.prizeMoney],
    ['emulation.honours', totals.honours.count],
    ['emulation.registrations.units', totals.registrations.units],
    ['emulation.clusters', clusters.clusters],
    ['emulation.clusterUnits', clusters.units],
  ]);
  return { values };
}
