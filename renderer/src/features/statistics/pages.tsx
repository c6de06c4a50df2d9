import type { ReactNode } from 'react';
import type { Route } from '../../app/routes';
import { TargetsPage } from './TargetsPage';
import { StatisticsPage } from './StatisticsPage';

/** The statistics domain's screens, by route. */
export const statisticsPages = {
  targets: () => <TargetsPage />,
  statistics: () => <StatisticsPage />,
} satisfies Partial<Record<Route, () => ReactNode>>;
