import type { ReactNode } from 'react';

/** Printable documents of the clusters domain: #/print/<name>?… */
export const clustersPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {};
