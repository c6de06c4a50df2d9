import type { ReactNode } from 'react';

/** Printable documents of the certificates domain: #/print/<name>?… */
export const certificatesPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {};
