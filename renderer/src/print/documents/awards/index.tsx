import type { ReactNode } from 'react';

/** Printable documents of the awards domain: #/print/<name>?… */
export const awardsPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {};
