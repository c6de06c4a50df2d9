/**
 * The covering công văn sent with the Mẫu 1 forms: what it asks, of whom, and by which day.
 * Vietnamese only: it is an official document in the forms' own language.
 */
import { formatDateVi } from '../domain/format/date';
import { officeSymbol } from '../domain/documents/officeSymbol';
import { formPeriodYear } from './period';

export interface LetterOffice {
  name: string;
  shortName: string;
  symbol: string;
}

export interface FormsLetter {
  number: string;
  subject: string;
  addressee: string;
  paragraphs: string[];
  recipients: string[];
}

export function formsLetter(office: LetterOffice, period: string, deadline: string, unions: number): FormsLetter {
  const year = formPeriodYear(period);
  return {
    number: `Số:      /CV-${officeSymbol(office.symbol, office.shortName, office.name)}`,
    subject: `V/v báo cáo số liệu hoạt động công đoàn cơ sở năm ${year} (Mẫu số 1-HĐCĐ)`,
    addressee: 'Ban Chấp hành các công đoàn cơ sở trực thuộc',
    paragraphs: [
      `Thực hiện chế độ thống kê, báo cáo của tổ chức Công đoàn, ${office.name} đề nghị Ban Chấp hành các công đoàn cơ sở trực thuộc báo cáo số liệu hoạt động công đoàn cơ sở năm ${year} theo Mẫu số 1-HĐCĐ gửi kèm (số liệu tính đến ngày ${formatDateVi(period)}).`,
      'Mỗi công đoàn cơ sở nhận một tệp Excel đã điền sẵn tên đơn vị và các số liệu đơn vị đã có (số đoàn viên, đoàn viên nữ, kết nạp mới; số liệu kỳ trước). Đề nghị kiểm tra, điền các ô còn trống ở cột "Số lượng"; ô nào không có số liệu thì để trống, không ghi 0.',
      `Báo cáo gửi về ${office.name} trước ngày ${formatDateVi(deadline)} (gửi lại đúng tệp đã nhận, không đổi tên sheet).`,
      `Đề nghị các công đoàn cơ sở (${unions} đơn vị) quan tâm thực hiện đúng thời gian quy định./.`,
    ],
    recipients: ['Như trên', 'Lưu: VT'],
  };
}
