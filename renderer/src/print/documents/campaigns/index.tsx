import type { ReactNode } from 'react';
import { CampaignResultsPrint } from './CampaignResultsPrint';

/** Printable documents of the campaigns domain: #/print/<name>?… */
export const campaignsPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {
  'campaign-results': (params) => <CampaignResultsPrint params={params} />,
};
