// Checked by `tsc -b` (imported nowhere): with the CustomTypeOptions of i18next.d.ts, a key that vi.ts
// does not have does not compile, and en.ts is a `Messages`, so it has exactly vi.ts's keys.
import type { TFunction } from 'i18next';
import type { Messages } from './types';

export function keysAreChecked(t: TFunction): string {
  // @ts-expect-error: vi.ts has no nav.noSuchScreen
  t('nav.noSuchScreen');
  // @ts-expect-error: an English catalogue missing a section is not a Messages
  const missing: Messages = { app: { name: 'UnionDesk' } };
  return `${t('nav.dashboard')}${missing.app.name}`;
}
