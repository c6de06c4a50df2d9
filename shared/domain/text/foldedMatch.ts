import { foldVietnamese } from './normalize';

/**
 * Whether `text` matches what a clerk typed, the way the member search does: both folded
 * (no tones, đ = d, any case), every typed word found somewhere in the text, in any order.
 *
 * foldedMatch('Kết nạp đoàn viên mới', 'ket nap') === true
 * foldedMatch('Đoàn viên', 'doan VIEN') === true
 */
export function foldedMatch(text: string, query: string): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldVietnamese(text);
  return words.every((word) => folded.includes(word));
}
