import type { ReactNode } from 'react';
import type { Route } from '../../app/routes';
import { FormsCollectPage } from './FormsCollectPage';
import { FormsRollupPage } from './FormsRollupPage';

/** The grassroots forms domain's screens (Báo cáo menu group), by route. */
export const grassrootsFormsPages = {
  formsCollect: () => <FormsCollectPage />,
  formsRollup: () => <FormsRollupPage />,
} satisfies Partial<Record<Route, () => ReactNode>>;
