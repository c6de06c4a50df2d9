import type { ReactNode } from 'react';
import type { Route } from '../../app/routes';
import { ProposalsPage } from './ProposalsPage';
import { AwardListPage } from './AwardListPage';

/** The proposals domain's screens, by route. */
export const proposalsPages = {
  proposals: () => <ProposalsPage />,
  awardList: () => <AwardListPage />,
} satisfies Partial<Record<Route, () => ReactNode>>;
