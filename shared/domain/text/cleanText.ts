import { z } from 'zod';

/** Terminal escape sequences (CSI such as colours, OSC such as window titles, and two-byte ESC codes). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANSI_ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/gu;
const LINE_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]/gu;
/** Other control characters, zero-width and direction overrides: invisible, and able to disguise a name. */
const INVISIBLE_CONTROLS = /[\p{Cc}\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * A name as a person typed it, without what nobody can see: ANSI escapes and control characters
 * are removed, line breaks and tabs become one space.
 */
export function stripControlCharacters(text: string): string {
  return text.replace(ANSI_ESCAPES, '').replace(LINE_CONTROLS, ' ').replace(INVISIBLE_CONTROLS, '').replace(/ {2,}/g, ' ');
}

/** The one schema of a name field (people, CĐCS, office, campaigns, titles): cleaned, trimmed, at most `max` characters. */
export const nameText = (max: number) => z.string().overwrite(stripControlCharacters).trim().max(max);
