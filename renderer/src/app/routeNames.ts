/** The screens' names; imports nothing, so a window's entry can read its route before React loads. */
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
