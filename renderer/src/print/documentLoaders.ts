import type { ReactNode } from 'react';

export type PrintDocuments = Record<string, (params: URLSearchParams) => ReactNode>;

const awards = () => import('./documents/awards').then((m) => m.awardsPrintDocuments);
const campaigns = () => import('./documents/campaigns').then((m) => m.campaignsPrintDocuments);
const certificates = () => import('./documents/certificates').then((m) => m.certificatesPrintDocuments);
const clusters = () => import('./documents/clusters').then((m) => m.clustersPrintDocuments);
const grassrootsForms = () => import('./documents/grassrootsForms').then((m) => m.grassrootsFormsPrintDocuments);
const proposals = () => import('./documents/proposals').then((m) => m.proposalsPrintDocuments);
const reports = () => import('./documents/reports').then((m) => m.reportsPrintDocuments);
const statistics = () => import('./documents/statistics').then((m) => m.statisticsPrintDocuments);
const members = () => import('./documents/MemberListPrint').then((m) => m.memberListPrintDocuments);

/**
 * Each printable document (#/print/<name>) and the chunk of its domain's documents: a print window
 * loads the one it prints, not every document. Every domain's document names are listed here (a test
 * holds this table to the domains' own lists).
 */
export const PRINT_DOCUMENT_LOADERS: Record<string, () => Promise<PrintDocuments>> = {
  members,
  awardDecision: awards,
  'campaign-results': campaigns,
  certificates,
  'clusters-pledge': clusters,
  'clusters-ranking': clusters,
  'clusters-scoreSheet': clusters,
  'forms-mau2': grassrootsForms,
  'forms-letter': grassrootsForms,
  'forms-reminders': grassrootsForms,
  proposalLetter: proposals,
  report: reports,
  'statistics-year': statistics,
};

const loading = new Map<string, Promise<PrintDocuments>>();
const loaded = new Map<string, PrintDocuments>();

/**
 * The documents of `name`'s domain, loaded once (null for a name no domain prints). Called from
 * the print window's entry too: nothing here draws, so it loads no React.
 */
export function loadPrintDocument(name: string): Promise<PrintDocuments> | null {
  const load = Object.hasOwn(PRINT_DOCUMENT_LOADERS, name) ? PRINT_DOCUMENT_LOADERS[name] : undefined;
  if (!load) return null;
  const started =
    loading.get(name) ??
    load().then((documents) => {
      loaded.set(name, documents);
      return documents;
    });
  loading.set(name, started);
  return started;
}

/** The documents of `name`'s domain if they have arrived: drawn at once, without suspending (React holds a revealed fallback back for 300 ms). */
export function loadedPrintDocument(name: string): PrintDocuments | undefined {
  return loaded.get(name);
}
