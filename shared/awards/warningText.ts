import type { Locale } from '../i18n/locale';
import type { AwardWarning } from './model';

const STATUS = {
  vi: { transferred_out: 'đã chuyển đi', left: 'đã thôi sinh hoạt', deceased: 'đã mất' },
  en: { transferred_out: 'transferred out', left: 'left the union', deceased: 'deceased' },
} as const;

/** One sentence naming the recipient, for the editor and for error messages. */
export function warningText(locale: Locale, w: AwardWarning): string {
  const status = (STATUS[locale] as Record<string, string>)[w.detail] ?? w.detail;
  if (locale === 'vi') {
    if (w.code === 'both_scopes') return `${w.recipientName}: cùng cấp đã khen thưởng loại khác (toàn diện/chuyên đề) trong năm, Quyết định ${w.detail}.`;
    if (w.code === 'already_awarded') return `${w.recipientName}: đã được khen thưởng hình thức này trong năm (${w.detail.startsWith('#') ? `trùng dòng ${w.detail.slice(1)}` : `Quyết định ${w.detail}`}).`;
    return `${w.recipientName}: đoàn viên ${status}.`;
  }
  if (w.code === 'both_scopes') return `${w.recipientName}: the same level already gave the other kind (all-round/thematic) this year, decision ${w.detail}.`;
  if (w.code === 'already_awarded') return `${w.recipientName}: already given this award this year (${w.detail.startsWith('#') ? `same as row ${w.detail.slice(1)}` : `decision ${w.detail}`}).`;
  return `${w.recipientName}: member ${status}.`;
}
