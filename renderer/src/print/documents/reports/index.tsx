import type { ReactNode } from 'react';

/** Printable documents of the reports domain: #/print/<name>?… */
export const reportsPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {};
