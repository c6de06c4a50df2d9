import type { ReactNode } from 'react';
import type { Route } from '../../app/routes';
import { ProposalsPage } from './ProposalsPage';

/** The proposals domain's screens, by route. */
export const proposalsPages = {
  proposals: () => <ProposalsPage />,
} satisfies Partial<Record<Route, () => ReactNode>>;
