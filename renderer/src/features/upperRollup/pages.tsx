import type { ReactNode } from 'react';
import type { Route } from '../../app/routes';
import { UpperRollupPage } from './UpperRollupPage';

/** The upper office's roll-up screen, by route. */
export const upperRollupPages = {
  upperRollup: () => <UpperRollupPage />,
} satisfies Partial<Record<Route, () => ReactNode>>;
