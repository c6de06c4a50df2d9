import type { ReactNode } from 'react';
import { ReportPrint } from './ReportPrint';

/** Printable documents of the reports domain: #/print/<name>?… */
export const reportsPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {
  report: (params) => <ReportPrint params={params} />,
};
