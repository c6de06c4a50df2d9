import { formatDateLine } from '../domain/documents/dateLine';
import { formatNumber } from '../domain/format/number';
import { amountInWords } from '../domain/money/inWords';
import { awardLabels } from './labels';
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
  /** An upper level's decision recorded here: only its list is printed, under our office's header. */
  isRecord: boolean;
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

/**
 * The year the decision rewards, from one place for the subject and Điều 1: the year a typed subject
 * names ("… năm 2024"), else the year of the decision's own date.
 */
export function achievementYear(d: Pick<DecisionDetail, 'subject' | 'year'>): number {
  const named = /năm\s+(\d{4})(?!\d)/u.exec(d.subject);
  return named ? Number(named[1]) : d.year;
}

export function defaultSubject(d: Pick<DecisionDetail, 'campaignName' | 'year' | 'subject'>): string {
  if (d.campaignName) return `Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong ${d.campaignName}`;
  return `Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm ${achievementYear(d)}`;
}

/** A decision of another level is a record: printed only as its list, never as our document. */
export const isUpperRecord = (d: Pick<DecisionDetail, 'issuerLevel'>) => d.issuerLevel !== 'own_office';

/** "(Kèm theo Quyết định số 58/QĐ-CĐP ngày 18 tháng 12 năm 2025 của …)": the date in words, as NĐ 30 writes it. */
export function attachedTo(kind: string, number: string, isoDate: string, issuer: string): string {
  return `(Kèm theo ${kind} số ${number} ${formatDateLine('', isoDate)} của ${issuer})`;
}

export function decisionText(d: DecisionDetail, office: OfficeTexts): DecisionText {
  const collectives = d.awards.filter((a) => a.recipientKind === 'collective').length;
  const individuals = d.awards.length - collectives;
  const who = [collectives > 0 ? `${collectives} tập thể` : '', individuals > 0 ? `${individuals} cá nhân` : ''].filter(Boolean).join(' và ');
  const total = d.awards.reduce((sum, a) => sum + a.amount, 0);
  const block = d.signerBlock || 'TM. BAN THƯỜNG VỤ';
  const own = !isUpperRecord(d);
  const issuer = own ? office.officeName : d.issuerName || office.officeName;
  const subject = d.subject || defaultSubject(d);
  const year = achievementYear(d);
  const dated = attachedTo('Quyết định', d.number, d.decidedOn, issuer);
  const articles = [
    `Tặng ${awardName(d)} cho ${who || 'các tập thể, cá nhân'} (có danh sách kèm theo) đã có thành tích xuất sắc${d.campaignName ? ` trong ${d.campaignName}` : ` năm ${year}`}.`,
    ...(total > 0
      ? [`Kèm theo ${awardName(d)} là tiền thưởng theo quy định; tổng số tiền: ${formatNumber(total)} đồng (Bằng chữ: ${amountInWords(total)}), chi từ quỹ thi đua, khen thưởng.`]
      : []),
    'Quyết định có hiệu lực kể từ ngày ký.',
    'Văn phòng, các ban và các tập thể, cá nhân có tên tại Điều 1 căn cứ Quyết định thi hành./.',
  ].map((body, i) => `Điều ${i + 1}. ${body}`);
  const recordIssuer = d.issuerName || awardLabels.vi.issuer[d.issuerLevel];
  return {
    isRecord: !own,
    // An upper level's decision is never printed as its document nor as ours: its list goes under our header.
    upperName: upper(office.upperName),
    officeName: upper(own ? issuer : office.officeName),
    numberLine: `Số: ${d.number}`,
    dateLine: formatDateLine(office.placeName, d.decidedOn),
    subject,
    issuerLine: own ? `${upper(block.replace(/^TM\.\s*/u, ''))} ${upper(issuer)}` : upper(issuer),
    bases: d.bases,
    articles,
    signerBlock: block,
    signerTitle: d.signerTitle || 'CHỦ TỊCH',
    signerName: d.signerName,
    recipientsTo: [`- Như Điều ${articles.length};`, office.upperName ? `- ${office.upperName} (để báo cáo);` : '- Cấp trên (để báo cáo);', '- Lưu: VT.'],
    listTitle: own ? `DANH SÁCH ${who ? `${upper(who)} ` : ''}ĐƯỢC TẶNG ${upper(awardName(d))}` : 'DANH SÁCH ĐƯỢC KHEN THƯỞNG',
    listSubtitle: own ? dated : `(Theo Quyết định số ${d.number} ${formatDateLine('', d.decidedOn)} của ${recordIssuer})`,
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
