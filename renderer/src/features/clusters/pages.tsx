import type { ReactNode } from 'react';
import type { Route } from '../../app/routes';
import { ClustersPage } from './ClustersPage';
import { ScoringPage } from './ScoringPage';

/** The clusters domain's screens, by route. */
export const clustersPages = {
  clusters: () => <ClustersPage />,
  scoring: () => <ScoringPage />,
} satisfies Partial<Record<Route, () => ReactNode>>;
