import type { ReactNode } from 'react';
import { DecisionPrint } from './DecisionPrint';

/** Printable documents of the awards domain: #/print/<name>?… */
export const awardsPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {
  awardDecision: (params) => <DecisionPrint params={params} />,
};
