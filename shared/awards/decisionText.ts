import { formatDateLine } from '../domain/documents/dateLine';
import { formatDateVi } from '../domain/format/date';
import { formatNumber } from '../domain/format/number';
import { amountInWords } from '../domain/money/inWords';
import type { DecisionDetail } from './model';

export interface OfficeTexts {
  upperName: string;
  officeName: string;
  placeName: string;
}

export interface DecisionListRow {
  no: number;
  name: string;
  unit: string;
  achievement: string;
  amount: string;
}

/** Every text of the printed decision (Nghị định 30 layout), shared by the print route and the .docx export. */
export interface DecisionText {
  upperName: string;
  officeName: string;
  numberLine: string;
  dateLine: string;
  subject: string;
  issuerLine: string;
  bases: string[];
  articles: string[];
  signerBlock: string;
  signerTitle: string;
  signerName: string;
  recipientsTo: string[];
  listTitle: string;
  listSubtitle: string;
  rows: DecisionListRow[];
  total: string;
  totalInWords: string;
}

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** The award named by the decision, e.g. "Giấy khen", or the titles of its rows. */
function awardName(d: DecisionDetail): string {
  if (d.formName) return d.formName;
  if (d.titleName) return `danh hiệu "${d.titleName}"`;
  const names = [...new Set(d.awards.map((a) => a.formName ?? a.titleName).filter((n): n is string => !!n))];
  return names.join(', ') || 'khen thưởng';
}

export function defaultSubject(d: Pick<DecisionDetail, 'campaignName' | 'year' | 'scope'>): string {
  if (d.campaignName) return `Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong ${d.campaignName}`;
  return `Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm ${d.year}`;
}

export function decisionText(d: DecisionDetail, office: OfficeTexts): DecisionText {
  const collectives = d.awards.filter((a) => a.recipientKind === 'collective').length;
  const individuals = d.awards.length - collectives;
  const who = [collectives > 0 ? `${collectives} tập thể` : '', individuals > 0 ? `${individuals} cá nhân` : ''].filter(Boolean).join(' và ');
  const total = d.awards.reduce((sum, a) => sum + a.amount, 0);
  const block = d.signerBlock || 'TM. BAN THƯỜNG VỤ';
  const own = d.issuerLevel === 'own_office' || !d.issuerName;
  const issuer = own ? office.officeName : d.issuerName;
  const subject = d.subject || defaultSubject(d);
  const dated = `(Kèm theo Quyết định số ${d.number} ngày ${formatDateVi(d.decidedOn)} của ${issuer})`;
  const money =
    total > 0
      ? `Điều 2. Kèm theo ${awardName(d)} là tiền thưởng theo quy định; tổng số tiền: ${formatNumber(total)} đồng (Bằng chữ: ${amountInWords(total)}), chi từ quỹ thi đua, khen thưởng.`
      : 'Điều 2. Quyết định có hiệu lực kể từ ngày ký.';
  return {
    // An upper level's decision recorded here is printed under its own name only.
    upperName: own ? upper(office.upperName) : '',
    officeName: upper(issuer),
    numberLine: `Số: ${d.number}`,
    dateLine: formatDateLine(office.placeName, d.decidedOn),
    subject,
    issuerLine: own ? `${upper(block.replace(/^TM\.\s*/u, ''))} ${upper(issuer)}` : upper(issuer),
    bases: [
      'Căn cứ Luật Công đoàn năm 2024;',
      'Căn cứ Điều lệ Công đoàn Việt Nam;',
      'Căn cứ Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành;',
      'Xét đề nghị của Văn phòng và các ban,',
    ],
    articles: [
      `Điều 1. Tặng ${awardName(d)} cho ${who || 'các tập thể, cá nhân'} (có danh sách kèm theo) đã có thành tích xuất sắc${d.campaignName ? ` trong ${d.campaignName}` : ` năm ${d.year}`}.`,
      money,
      `Điều 3. Văn phòng, các ban và các tập thể, cá nhân có tên tại Điều 1 căn cứ Quyết định thi hành./.`,
    ],
    signerBlock: block,
    signerTitle: d.signerTitle || 'CHỦ TỊCH',
    signerName: d.signerName,
    recipientsTo: ['- Như Điều 3;', office.upperName ? `- ${office.upperName} (để báo cáo);` : '- Cấp trên (để báo cáo);', '- Lưu: VT.'],
    listTitle: `DANH SÁCH ${who ? `${upper(who)} ` : ''}ĐƯỢC TẶNG ${upper(awardName(d))}`,
    listSubtitle: dated,
    rows: d.awards.map((a, i) => ({
      no: i + 1,
      name: a.recipientName,
      unit: a.recipientUnit,
      achievement: a.achievement,
      amount: a.amount > 0 ? formatNumber(a.amount) : '',
    })),
    total: formatNumber(total),
    totalInWords: amountInWords(total),
  };
}
