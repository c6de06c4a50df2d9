import { useSyncExternalStore } from 'react';

export const ROUTES = ['dashboard', 'unions', 'members', 'import', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

function read(): Route {
  const name = window.location.hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'dashboard';
}

function subscribe(callback: () => void) {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

/** Hash routes keep working from file:// in Electron and over HTTP in the preview. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, read);
}

export function navigate(route: Route): void {
  window.location.hash = `#/${route}`;
}
