import { Suspense, use, type ReactNode } from 'react';
import { Spin } from 'antd';
import type { Route } from './routes';

type DomainPages = Partial<Record<Route, () => ReactNode>>;

/*
 * Each screen's code (and what only it uses: AG Grid, the rich-text editor, the charts) is a chunk
 * of its own, loaded when the route is first opened; the first screen loads only what it shows.
 */
const LOADERS: Record<Route, () => Promise<DomainPages>> = {
  dashboard: () => import('../features/dashboard/DashboardPage').then((m) => ({ dashboard: () => <m.DashboardPage /> })),
  unions: () => import('../features/organizations/UnionsPage').then((m) => ({ unions: () => <m.UnionsPage /> })),
  members: () => import('../features/members/MembersPage').then((m) => ({ members: () => <m.MembersPage /> })),
  import: () => import('../features/exchange/ImportPage').then((m) => ({ import: () => <m.ImportPage /> })),
  campaigns: () => import('../features/campaigns/pages').then((m) => m.campaignsPages),
  clusters: () => import('../features/clusters/pages').then((m) => m.clustersPages),
  scoring: () => import('../features/clusters/pages').then((m) => m.clustersPages),
  targets: () => import('../features/statistics/pages').then((m) => m.statisticsPages),
  statistics: () => import('../features/statistics/pages').then((m) => m.statisticsPages),
  decisions: () => import('../features/awards/pages').then((m) => m.awardsPages),
  awardCatalogue: () => import('../features/awards/pages').then((m) => m.awardsPages),
  proposals: () => import('../features/proposals/pages').then((m) => m.proposalsPages),
  awardList: () => import('../features/awards/pages').then((m) => m.awardsPages),
  certificates: () => import('../features/certificates/pages').then((m) => m.certificatesPages),
  report: () => import('../features/reports/pages').then((m) => m.reportsPages),
  settings: () => import('../features/settings/SettingsPage').then((m) => ({ settings: () => <m.SettingsPage /> })),
  formsCollect: () => import('../features/grassrootsForms/pages').then((m) => m.grassrootsFormsPages),
  formsRollup: () => import('../features/grassrootsForms/pages').then((m) => m.grassrootsFormsPages),
  upward: () => import('../features/upward/pages').then((m) => m.upwardPages),
  upperRollup: () => import('../features/upperRollup/pages').then((m) => m.upperRollupPages),
  history: () => import('../features/audit/pages').then((m) => m.auditPages),
};

const pending = <Spin style={{ display: 'block', marginTop: '20vh' }} />;

const loading = new Map<Route, Promise<DomainPages>>();
/** Screens whose code has arrived: drawn at once, without suspending (React holds a revealed fallback back for 300 ms). */
const loaded = new Map<Route, DomainPages>();
const loadScreen = (route: Route): Promise<DomainPages> => {
  const started =
    loading.get(route) ??
    LOADERS[route]().then((pages) => {
      loaded.set(route, pages);
      return pages;
    });
  loading.set(route, started);
  return started;
};

/** Starts loading a screen's code before it is drawn (the first screen, while the backend answers who we are). */
export function preloadScreen(route: Route): void {
  loadScreen(route).catch(() => loading.delete(route)); // drawing the screen tries again and shows the failure
}

/** A screen: drawn at once when its code has arrived, else suspended until it does (the same component either way). */
function Screen({ route }: { route: Route }) {
  const pages = loaded.get(route) ?? use(loadScreen(route));
  const render = pages[route];
  if (!render) throw new Error(`no screen for route ${route}`);
  return <>{render()}</>;
}

function lazyRoute(route: Route): () => ReactNode {
  return () => (
    <Suspense fallback={pending}>
      <Screen route={route} />
    </Suspense>
  );
}

export const PAGES = Object.fromEntries(Object.keys(LOADERS).map((route) => [route, lazyRoute(route as Route)])) as Record<Route, () => ReactNode>;
