import type { ReactNode } from 'react';
import type { Route } from '../../app/routes';
import { UpwardPage } from './UpwardPage';

/** Sending upward's screen, by route. */
export const upwardPages = {
  upward: () => <UpwardPage />,
} satisfies Partial<Record<Route, () => ReactNode>>;
