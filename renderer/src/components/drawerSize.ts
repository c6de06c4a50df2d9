/** What stays visible beside a drawer: the sidebar and a strip of the page it was opened from. */
const UNCOVERED = 240;

/** A drawer's width: the one it prefers, but never covering the whole window. */
export function drawerSize(preferred: number): number {
  return Math.max(360, Math.min(preferred, window.innerWidth - UNCOVERED));
}
