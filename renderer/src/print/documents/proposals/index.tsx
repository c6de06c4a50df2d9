import type { ReactNode } from 'react';
import { ProposalLetterPrint } from './ProposalLetterPrint';

/** Printable documents of the proposals domain: #/print/<name>?… */
export const proposalsPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {
  proposalLetter: (params) => <ProposalLetterPrint params={params} />,
};
