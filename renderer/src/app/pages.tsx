import type { ReactNode } from 'react';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ImportPage } from '../features/exchange/ImportPage';
import { MembersPage } from '../features/members/MembersPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { UnionsPage } from '../features/unions/UnionsPage';
import { campaignsPages } from '../features/campaigns/pages';
import { clustersPages } from '../features/clusters/pages';
import { statisticsPages } from '../features/statistics/pages';
import { awardsPages } from '../features/awards/pages';
import { proposalsPages } from '../features/proposals/pages';
import { certificatesPages } from '../features/certificates/pages';
import { reportsPages } from '../features/reports/pages';
import { grassrootsFormsPages } from '../features/grassrootsForms/pages';
import type { Route } from './routes';

export const PAGES: Record<Route, () => ReactNode> = {
  dashboard: () => <DashboardPage />,
  unions: () => <UnionsPage />,
  members: () => <MembersPage />,
  import: () => <ImportPage />,
  ...campaignsPages,
  ...clustersPages,
  ...statisticsPages,
  ...awardsPages,
  ...proposalsPages,
  ...certificatesPages,
  ...reportsPages,
  ...grassrootsFormsPages,
  settings: () => <SettingsPage />,
};
