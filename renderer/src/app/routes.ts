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

function read(): Route {
  const name = window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'dashboard';
}

/** #/print/<name>?… — a printable document instead of a screen. */
export function printRoute(): { name: string; params: URLSearchParams } | null {
  const match = /^#\/print\/([\w-]+)(?:\?(.*))?$/.exec(window.location.hash);
  return match ? { name: match[1] ?? '', params: new URLSearchParams(match[2] ?? '') } : null;
}

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
  return useSyncExternalStore(subscribe, read);
}

export function navigate(route: Route, params?: Record<string, string | number>): void {
  const query = params ? `?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}` : '';
  window.location.hash = `#/${route}${query}`;
}
