import type { ReactNode } from 'react';
import type { Route } from '../../app/routes';
import { CampaignsPage } from './CampaignsPage';

/** The campaigns domain's screens, by route. */
export const campaignsPages = {
  campaigns: () => <CampaignsPage />,
} satisfies Partial<Record<Route, () => ReactNode>>;
