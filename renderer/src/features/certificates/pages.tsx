import type { ReactNode } from 'react';
import type { Route } from '../../app/routes';
import { CertificatesPage } from './CertificatesPage';

/** The certificates domain's screens, by route. */
export const certificatesPages = {
  certificates: () => <CertificatesPage />,
} satisfies Partial<Record<Route, () => ReactNode>>;
