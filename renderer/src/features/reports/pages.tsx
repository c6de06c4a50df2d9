import type { ReactNode } from 'react';
import type { Route } from '../../app/routes';
import { ReportPage } from './ReportPage';

/** The reports domain's screens, by route. */
export const reportsPages = {
  report: () => <ReportPage />,
} satisfies Partial<Record<Route, () => ReactNode>>;
