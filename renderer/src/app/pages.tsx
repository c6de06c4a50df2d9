import type { ReactNode } from 'react';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ImportPage } from '../features/exchange/ImportPage';
import { MembersPage } from '../features/members/MembersPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { UnionsPage } from '../features/unions/UnionsPage';
import type { Route } from './routes';

export const PAGES: Record<Route, () => ReactNode> = {
  dashboard: () => <DashboardPage />,
  unions: () => <UnionsPage />,
  members: () => <MembersPage />,
  import: () => <ImportPage />,
  settings: () => <SettingsPage />,
};
