import type { ReactNode } from 'react';
import { CertificatesPrint } from './CertificatesPrint';

/** Printable documents of the certificates domain: #/print/<name>?… */
export const certificatesPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {
  certificates: (params) => <CertificatesPrint params={params} />,
};
