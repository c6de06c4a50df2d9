import type { ReactNode } from 'react';
import type { Route } from '../../app/routes';
import { DecisionsPage } from './DecisionsPage';
import { AwardCataloguePage } from './AwardCataloguePage';

/** The awards domain's screens, by route. */
export const awardsPages = {
  decisions: () => <DecisionsPage />,
  awardCatalogue: () => <AwardCataloguePage />,
} satisfies Partial<Record<Route, () => ReactNode>>;
