/** The day district-level government (and its party committees) ended with the 2025 reform. */
export const DISTRICT_LEVEL_ENDED = '2025-07-01';

const bare = (line: string) => line.trim().replace(/^[-–•]\s*/u, '').replace(/[;.,]+$/u, '').trim();
const isArchive = (line: string) => /^lưu\b/iu.test(bare(line));

/**
 * Nơi nhận as printed (Nghị định 30): one "- … ;" per line, the last always "- Lưu: VT." (an
 * archive line the user typed is kept, in last place, with its full stop).
 */
export function recipientLines(lines: readonly string[]): string[] {
  const kept = lines.map(bare).filter((l) => l !== '');
  const archive = kept.filter((l) => isArchive(l)).at(-1) ?? 'Lưu: VT';
  const others = kept.filter((l) => !isArchive(l));
  return [...others.map((l) => `- ${l};`), `- ${archive}.`];
}

/**
 * Default Nơi nhận of a report our office sends on `isoDate`: the upper union named in Cài đặt
 * (province or city, as the office set it), the district party committee only before 01/07/2025.
 */
export function defaultReportRecipients(upperName: string, isoDate: string): string[] {
  return recipientLines([
    `${upperName.trim() || 'Cấp trên'} (để b/c)`,
    ...(isoDate < DISTRICT_LEVEL_ENDED ? ['Thường trực Quận ủy (để b/c)'] : []),
    'Các CĐCS trực thuộc',
    'Lưu: VT',
  ]);
}
