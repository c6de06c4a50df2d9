import { nfc } from '../text/normalize';

/** A Vietnamese personal name: họ (family), tên đệm (middle, possibly ''), tên (given). */
export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

/**
 * Split a full name: the first word is the family name, the last word the given name and
 * everything between is the middle name ('Nguyễn Thị Minh Khai' → middle 'Thị Minh').
 * A one-word name is a given name only. The input is NFC-normalised and whitespace collapsed.
 */
export function splitFullName(full: string): NameParts {
  const normalized = nfc(full);
  if (normalized === '') return { family: '', middle: '', given: '' };
  const words = normalized.split(' ');
  const given = words.at(-1) ?? '';
  if (words.length === 1) return { family: '', middle: '', given };
  return {
    family: words[0] ?? '',
    middle: words.slice(1, -1).join(' '),
    given,
  };
}

/** Join the parts back into a full name, skipping empty parts. */
export function joinFullName(parts: NameParts): string {
  return [parts.family, parts.middle, parts.given]
    .map(nfc)
    .filter((p) => p !== '')
    .join(' ');
}
