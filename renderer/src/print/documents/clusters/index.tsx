import type { ReactNode } from 'react';
import { PledgePrint } from './PledgePrint';
import { RankingPrint } from './RankingPrint';
import { ScoreSheetPrint } from './ScoreSheetPrint';

/** Printable documents of the clusters domain: #/print/<name>?… */
export const clustersPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {
  'clusters-pledge': (params) => <PledgePrint params={params} />,
  'clusters-ranking': (params) => <RankingPrint params={params} />,
  'clusters-scoreSheet': (params) => <ScoreSheetPrint params={params} />,
};
