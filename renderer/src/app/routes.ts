import { useSyncExternalStore } from 'react';

export const ROUTES = [
  'dashboard',
  'unions',
  'members',
  'import',
  'campaigns',
  'clusters',
  'scoring',
  'targets',
  'decisions',
  'proposals',
  'certificates',
  'awardList',
  'awardCatalogue',
  'report',
  'statistics',
  'formsCollect',
  'formsRollup',
  'upward',
  'upperRollup',
  'settings',
  'history',
] as const;
export type Route = (typeof ROUTES)[number];

/** The route the window shows now (the dashboard for an unknown one). */
export function currentRoute(): Route {
  const name = window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'dashboard';
}

export { printRoute } from './printHash';

/** Parameters after the route, e.g. #/members?union=12. */
export function routeParams(): URLSearchParams {
  return new URLSearchParams(window.location.hash.split('?')[1] ?? '');
}

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

/** Hash routes keep working from file:// in Electron and over HTTP in the preview. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, currentRoute);
}

export function navigate(route: Route, params?: Record<string, string | number>): void {
  const query = params ? `?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}` : '';
  window.location.hash = `#/${route}${query}`;
}
