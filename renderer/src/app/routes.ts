import { useSyncExternalStore } from 'react';
import { currentRoute, type Route } from './routeNames';

export { ROUTES, currentRoute, type Route } from './routeNames';
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
