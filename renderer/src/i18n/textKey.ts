import i18n, { type ParseKeys, type TFunction } from 'i18next';

/** A key made from data the types cannot know (a job's phase, a field named by the backend): true when the catalogue has it. */
export const isTextKey = (key: string): key is ParseKeys => i18n.exists(key);

/** The text of a key made from data (a status, a sector, a section), or `fallback` when the catalogue has no such key. */
export function dataText(t: TFunction, key: string, fallback = ''): string {
  return isTextKey(key) ? String(t(key)) : fallback;
}
