import type { ImportField } from '../fields/types';

/**
 * How well a folded header label matches a folded synonym:
 * 3 equal; 2 the label starts with the synonym ("ngay sinh dd mm yyyy"); 1 the label contains it
 * as whole words. Short one-word synonyms ("nam", "nu", "ns", "tt") must match exactly, so that
 * "nam" does not match "ngay thang nam sinh".
 */
export function matchScore(label: string, synonym: string): number {
  if (label === '' || synonym === '') return 0;
  if (label === synonym) return 3;
  const multiWord = synonym.includes(' ');
  if ((multiWord || synonym.length >= 4) && label.startsWith(`${synonym} `)) return 2;
  if (multiWord && ` ${label} `.includes(` ${synonym} `)) return 1;
  return 0;
}

/** The best score of a label against any of the field's synonyms. */
export function fieldScore(label: string, field: ImportField): number {
  let best = 0;
  for (const synonym of field.synonyms) {
    const score = matchScore(label, synonym);
    if (score > best) best = score;
    if (best === 3) break;
  }
  return best;
}
