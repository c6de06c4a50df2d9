import type { ReactNode } from 'react';

/** Printable documents of the proposals domain: #/print/<name>?… */
export const proposalsPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {};
