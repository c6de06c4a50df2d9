import { formatDateLine } from '../domain/documents/dateLine';
import type { ReportDocument } from './model';

/** Nghị định 30: the kind of document on its own line, the subject under it in bold lower case. */
export const REPORT_KIND = 'BÁO CÁO';

/** "Báo cáo tổng kết … năm 2025" → "Tổng kết … năm 2025" (the header's title without the kind). */
export function reportSubject(title: string): string {
  const rest = title.trim().replace(/^báo\s+cáo\s*/iu, '');
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

/** "(Kèm theo Báo cáo số 15/BC-LĐLĐ ngày 05 tháng 12 năm 2025 của Công đoàn phường …)", dots where unknown. */
export function appendixReference(doc: ReportDocument): string {
  const number = doc.header.number || `……/BC-${doc.office.shortName || '……'}`;
  const date = doc.header.issuedOn ? formatDateLine('', doc.header.issuedOn) : `ngày … tháng … năm ${doc.year}`;
  return `(Kèm theo Báo cáo số ${number} ${date} của ${doc.office.name || '……'})`;
}

/** The body's last sentence, pointing to the appendix. */
export const APPENDIX_POINTER = 'Số liệu thống kê chi tiết tại Phụ lục kèm theo Báo cáo này.';

export const appendixTitle = (year: number) => `SỐ LIỆU THỐNG KÊ NĂM ${year}`;
