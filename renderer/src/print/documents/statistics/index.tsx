import type { ReactNode } from 'react';
import { StatisticsPrint } from './StatisticsPrint';

/** Printable documents of the statistics domain: #/print/<name>?… */
export const statisticsPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {
  'statistics-year': (params) => <StatisticsPrint params={params} />,
};
