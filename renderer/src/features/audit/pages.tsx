import type { ReactNode } from 'react';
import type { Route } from '../../app/routes';
import { HistoryPage } from './HistoryPage';

/** The change history's screen, by route. */
export const auditPages = {
  history: () => <HistoryPage />,
} satisfies Partial<Record<Route, () => ReactNode>>;
