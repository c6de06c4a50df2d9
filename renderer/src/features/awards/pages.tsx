import type { ReactNode } from 'react';
import type { Route } from '../../app/routes';
import { DecisionsPage } from './DecisionsPage';
import { AwardCataloguePage } from './AwardCataloguePage';
import { AwardListPage } from './AwardListPage';

/** The awards domain's screens, by route. */
export const awardsPages = {
  decisions: () => <DecisionsPage />,
  awardCatalogue: () => <AwardCataloguePage />,
  awardList: () => <AwardListPage />,
} satisfies Partial<Record<Route, () => ReactNode>>;
