import { formatDateLine } from '../domain/documents/dateLine';
import type { CertificateField, FieldKey } from './template';

/** What one certificate says: one award with its decision. */
export interface CertificateValues {
  recipientName: string;
  recipientUnit: string;
  achievement: string;
  decisionNumber: string;
  decidedOn: string;
  placeName: string;
  signerBlock: string;
  signerTitle: string;
  signerName: string;
}

const byKey: Record<Exclude<FieldKey, 'freeText'>, (v: CertificateValues) => string> = {
  recipientName: (v) => v.recipientName,
  recipientUnit: (v) => v.recipientUnit,
  achievement: (v) => v.achievement,
  decisionNumber: (v) => (v.decisionNumber ? `Số: ${v.decisionNumber}` : ''),
  decisionDate: (v) => (v.decidedOn ? formatDateLine('', v.decidedOn) : ''),
  placeDate: (v) => (v.decidedOn ? formatDateLine(v.placeName, v.decidedOn) : ''),
  // "TM. BAN THƯỜNG VỤ" over "CHỦ TỊCH"; the signature and seal go between this and the name.
  signerTitle: (v) => [v.signerBlock, v.signerTitle].filter((s) => s.trim() !== '').join('\n'),
  signerName: (v) => v.signerName,
};

/** The text a field prints for these values ('\n' separates lines that must not be joined). */
export function fieldText(field: CertificateField, values: CertificateValues): string {
  return (field.key === 'freeText' ? field.text : byKey[field.key](values)).normalize('NFC');
}

/** Values to show in the editor before a real award is chosen. */
export const SAMPLE_VALUES: CertificateValues = {
  recipientName: 'Nguyễn Thị Hương',
  recipientUnit: 'Công đoàn cơ sở Trường Tiểu học Đống Đa',
  achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua "Lao động giỏi, lao động sáng tạo" và xây dựng tổ chức công đoàn vững mạnh năm 2025',
  decisionNumber: '123/QĐ-LĐLĐ',
  decidedOn: '2025-12-05',
  placeName: 'Hà Nội',
  signerBlock: 'TM. BAN THƯỜNG VỤ',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Trần Văn Minh',
};
