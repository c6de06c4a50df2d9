/**
 * Text normalisation shared by storage, search and display.
 * Plain ES2023 only: runs in the backend, the CLI and the renderer.
 */

const WHITESPACE_RUN = /\s+/gu;
const COMBINING_MARKS = /[\u0300-\u036f]/gu;

/** NFC-normalise, trim and collapse every internal run of whitespace to one space. */
export function nfc(s: string): string {
  return s.normalize('NFC').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * The diacritic-free search key: NFD, drop the combining marks U+0300–U+036F,
 * đ/Đ → d (đ is a letter of its own, not d with a mark, so NFD keeps it), lower case,
 * whitespace collapsed and trimmed.
 *
 * foldVietnamese('Nguyễn Văn Đức') === 'nguyen van duc'
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}
