/** #/print/<name>?… — a printable document instead of a screen. Imports nothing: the entry asks it first. */
export function printRoute(): { name: string; params: URLSearchParams } | null {
  const match = /^#\/print\/([\w-]+)(?:\?(.*))?$/.exec(window.location.hash);
  return match ? { name: match[1] ?? '', params: new URLSearchParams(match[2] ?? '') } : null;
}
