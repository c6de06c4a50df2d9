import type { ReactNode } from 'react';

/** Printable documents of the statistics domain: #/print/<name>?… */
export const statisticsPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {};
