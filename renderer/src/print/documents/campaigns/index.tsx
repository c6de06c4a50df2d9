import type { ReactNode } from 'react';

/** Printable documents of the campaigns domain: #/print/<name>?… */
export const campaignsPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {};
