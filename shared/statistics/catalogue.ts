import type { Locale } from '../i18n/locale';

/** Đơn vị tính of the figures. */
export const FIGURE_UNITS = {
  unions: { vi: 'CĐCS', en: 'unions' },
  people: { vi: 'người', en: 'people' },
  members: { vi: 'đoàn viên', en: 'members' },
  percent: { vi: '%', en: '%' },
  money: { vi: 'đồng', en: 'VND' },
  works: { vi: 'công trình', en: 'works' },
  initiatives: { vi: 'sáng kiến', en: 'initiatives' },
  contests: { vi: 'hội thi', en: 'contests' },
  times: { vi: 'lượt', en: 'times' },
  units: { vi: 'đơn vị', en: 'units' },
  clusters: { vi: 'cụm, khối', en: 'clusters' },
  agreements: { vi: 'bản', en: 'agreements' },
  dialogues: { vi: 'cuộc', en: 'dialogues' },
} as const;

export type FigureUnit = keyof typeof FIGURE_UNITS;

export const FIGURE_SECTIONS = ['organization', 'members', 'representation', 'emulation', 'awards', 'care'] as const;
export type FigureSection = (typeof FIGURE_SECTIONS)[number];

export const SECTION_LABELS: Record<FigureSection, { vi: string; en: string }> = {
  organization: { vi: 'Tổ chức công đoàn', en: 'Union organisation' },
  members: { vi: 'Đoàn viên', en: 'Members' },
  representation: { vi: 'Đại diện, bảo vệ', en: 'Representation' },
  emulation: { vi: 'Phong trào thi đua', en: 'Emulation' },
  awards: { vi: 'Khen thưởng', en: 'Awards' },
  care: { vi: 'Chăm lo', en: 'Care' },
};

export interface FigureDefinition {
  section: FigureSection;
  vi: string;
  en: string;
  unit: FigureUnit;
  /** The label of years up to LEGACY_RATING_YEAR ("vững mạnh", before the 2019 TLĐ guidance). */
  legacy?: { vi: string; en: string };
}

/** The last year CĐCS were rated "vững mạnh"; from 2019 the top level is "Hoàn thành xuất sắc nhiệm vụ". */
export const LEGACY_RATING_YEAR = 2018;

/** A figure's label for a year: its pre-2019 wording for the years that used it. */
export function figureLabel(definition: FigureDefinition, year: number, locale: Locale): string {
  return (definition.legacy && year <= LEGACY_RATING_YEAR ? definition.legacy : definition)[locale];
}

const def = (section: FigureSection, unit: FigureUnit, vi: string, en: string): FigureDefinition => ({ section, unit, vi, en });

/** The fixed figures, in report order. Award forms add codes "awards.own.form.<kind code>" at run time. */
export const FIGURES = {
  'unions.total': def('organization', 'unions', 'Tổng số CĐCS trực thuộc (tại thời điểm chốt số liệu)', 'Grassroots unions managed (at the cut-off)'),
  'unions.sector.public_service': def('organization', 'unions', '- Khu vực hành chính sự nghiệp', '- Public service'),
  'unions.sector.state_enterprise': def('organization', 'unions', '- Doanh nghiệp nhà nước', '- State-owned enterprises'),
  'unions.sector.private_enterprise': def('organization', 'unions', '- Doanh nghiệp ngoài nhà nước', '- Private enterprises'),
  'unions.sector.fdi_enterprise': def('organization', 'unions', '- Doanh nghiệp có vốn đầu tư nước ngoài', '- Foreign-invested enterprises'),
  'unions.sector.professional_union': def('organization', 'unions', '- Nghiệp đoàn cơ sở', '- Professional unions'),
  'unions.founded': def('organization', 'unions', 'CĐCS thành lập mới trong kỳ', 'Unions founded in the period'),
  'unions.dissolved': def('organization', 'unions', 'CĐCS giải thể trong kỳ', 'Unions dissolved in the period'),
  'unions.transferredIn': def('organization', 'unions', 'CĐCS chuyển đến trong kỳ', 'Unions transferred in'),
  'unions.transferredOut': def('organization', 'unions', 'CĐCS chuyển đi trong kỳ', 'Unions transferred out'),
  'workers.total': def('organization', 'people', 'Tổng số CNVCLĐ tại các CĐCS', 'Workers in the unions'),
  'workers.female': def('organization', 'people', '- Trong đó nữ', '- of whom women'),
  'unions.rated': def('organization', 'unions', 'Số CĐCS được đánh giá, xếp loại', 'Unions rated'),
  'unions.rating.strong': { ...def('organization', 'unions', '- Hoàn thành xuất sắc nhiệm vụ', '- Completed excellently'), legacy: { vi: '- Vững mạnh', en: '- Strong' } },
  'unions.rating.good': def('organization', 'unions', '- Hoàn thành tốt nhiệm vụ', '- Completed well'),
  'unions.rating.completed': def('organization', 'unions', '- Hoàn thành nhiệm vụ', '- Completed'),
  'unions.rating.not_completed': def('organization', 'unions', '- Không hoàn thành nhiệm vụ', '- Not completed'),
  'unions.strongPercent': {
    ...def('organization', 'percent', 'Tỷ lệ CĐCS hoàn thành xuất sắc nhiệm vụ (trên số được xếp loại)', 'Unions that completed excellently (of those rated)'),
    legacy: { vi: 'Tỷ lệ CĐCS vững mạnh (trên số được xếp loại)', en: 'Strong unions (of those rated)' },
  },
  'members.total': def('members', 'members', 'Tổng số đoàn viên (tại thời điểm chốt số liệu)', 'Members (at the cut-off)'),
  'members.female': def('members', 'members', '- Trong đó nữ', '- of whom women'),
  'members.partyMembers': def('members', 'members', '- Đoàn viên là đảng viên', '- Party members'),
  'members.coverage': def('members', 'percent', 'Tỷ lệ đoàn viên trên tổng số CNVCLĐ', 'Members per worker'),
  'members.admitted': def('members', 'members', 'Kết nạp đoàn viên mới', 'New members admitted'),
  'members.transferredIn': def('members', 'members', 'Đoàn viên chuyển đến', 'Members transferred in'),
  'members.transferredOut': def('members', 'members', 'Đoàn viên chuyển đi', 'Members transferred out'),
  'members.left': def('members', 'members', 'Ra khỏi tổ chức, thôi sinh hoạt', 'Members who left'),
  'members.deceased': def('members', 'members', 'Từ trần', 'Deceased'),
  'agreements.collective': def('representation', 'agreements', 'Thỏa ước lao động tập thể ký mới', 'Collective agreements signed'),
  'dialogues.held': def('representation', 'dialogues', 'Đối thoại tại nơi làm việc', 'Workplace dialogues held'),
  'emulation.works.grassroots': def('emulation', 'works', 'Công trình, phần việc cấp cơ sở', 'Works at grassroots level'),
  'emulation.works.upper': def('emulation', 'works', 'Công trình, phần việc cấp trên cơ sở', 'Works at upper level'),
  'emulation.works.plaque': def('emulation', 'works', 'Công trình được gắn biển', 'Works bearing a plaque'),
  'emulation.works.value': def('emulation', 'money', 'Giá trị công trình, phần việc', 'Value of the works'),
  'emulation.initiatives': def('emulation', 'initiatives', 'Sáng kiến được công nhận', 'Initiatives recognised'),
  'emulation.initiatives.value': def('emulation', 'money', 'Giá trị làm lợi của sáng kiến', 'Value of the initiatives'),
  'emulation.initiatives.authors': def('emulation', 'people', 'Tác giả sáng kiến', 'Authors of initiatives'),
  'emulation.contests': def('emulation', 'contests', 'Hội thi tổ chức', 'Contests held'),
  'emulation.contests.contestants': def('emulation', 'people', 'Thí sinh dự thi', 'Contestants'),
  'emulation.contests.prizeWinners': def('emulation', 'people', 'Thí sinh đạt giải', 'Prize-winners'),
  'emulation.contests.prizeMoney': def('emulation', 'money', 'Tiền thưởng hội thi', 'Prize money'),
  'emulation.honours': def('emulation', 'times', 'Tôn vinh, biểu dương', 'Honours'),
  'emulation.registrations.units': def('emulation', 'unions', 'CĐCS đăng ký thi đua', 'Unions registered for emulation'),
  'emulation.clusters': def('emulation', 'clusters', 'Cụm, khối thi đua', 'Emulation clusters'),
  'emulation.clusterUnits': def('emulation', 'units', 'Đơn vị tham gia cụm, khối', 'Units in the clusters'),
  'awards.own.total': def('awards', 'times', 'Khen thưởng của đơn vị (lượt)', 'Awards given by our office'),
  'awards.own.individuals': def('awards', 'times', '- Cá nhân', '- Individuals'),
  'awards.own.collectives': def('awards', 'times', '- Tập thể', '- Collectives'),
  'awards.own.money': def('awards', 'money', 'Tiền thưởng kèm theo', 'Award money'),
  'awards.upper.total': def('awards', 'times', 'Khen thưởng của cấp trên nhận được', 'Awards of upper levels received'),
  'awards.upper.national': def('awards', 'times', '- Tổng LĐLĐ Việt Nam', '- Viet Nam General Confederation of Labour'),
  'awards.upper.government': def('awards', 'times', '- Chính phủ, Thủ tướng Chính phủ', '- Government, Prime Minister'),
  'awards.upper.province_government': def('awards', 'times', '- UBND tỉnh, thành phố', '- Provincial People’s Committee'),
  'awards.upper.province': def('awards', 'times', '- LĐLĐ tỉnh, thành phố', '- Provincial federation'),
  'proposals.proposed': def('awards', 'times', 'Đề nghị cấp trên khen thưởng', 'Proposed to upper levels'),
  'proposals.approved': def('awards', 'times', '- Được khen thưởng', '- Approved'),
  'proposals.rejected': def('awards', 'times', '- Không được khen thưởng', '- Rejected'),
  'care.people': def('care', 'times', 'Lượt người được chăm lo, hỗ trợ', 'People helped'),
  'care.amount': def('care', 'money', 'Tổng số tiền chăm lo, hỗ trợ', 'Money spent on care'),
  'care.tet.people': def('care', 'times', '- Tết Sum vầy, quà Tết (lượt)', '- Tết gifts (people)'),
  'care.tet.amount': def('care', 'money', '  Số tiền', '  Amount'),
  'care.shelter.people': def('care', 'times', '- Mái ấm Công đoàn (lượt)', '- Union shelters (people)'),
  'care.shelter.amount': def('care', 'money', '  Số tiền', '  Amount'),
  'care.sickness.people': def('care', 'times', '- Thăm ốm đau (lượt)', '- Sickness visits (people)'),
  'care.sickness.amount': def('care', 'money', '  Số tiền', '  Amount'),
  'care.hardship.people': def('care', 'times', '- Hỗ trợ khó khăn (lượt)', '- Hardship support (people)'),
  'care.hardship.amount': def('care', 'money', '  Số tiền', '  Amount'),
  'care.scholarship.people': def('care', 'times', '- Học bổng (lượt)', '- Scholarships (people)'),
  'care.scholarship.amount': def('care', 'money', '  Số tiền', '  Amount'),
  'care.other.people': def('care', 'times', '- Khác (lượt)', '- Other (people)'),
  'care.other.amount': def('care', 'money', '  Số tiền', '  Amount'),
} satisfies Record<string, FigureDefinition>;

export type FixedFigureCode = keyof typeof FIGURES;

export function isFixedFigure(code: string): code is FixedFigureCode {
  return Object.prototype.hasOwnProperty.call(FIGURES, code);
}

export function unitLabel(unit: FigureUnit, locale: Locale): string {
  return FIGURE_UNITS[unit][locale];
}

/** Figures a target assigned to one CĐCS (or a cluster of them) can take its actual from. */
export const UNION_SCOPED_FIGURES = [
  'members.total',
  'members.female',
  'members.partyMembers',
  'members.admitted',
  'members.transferredIn',
  'members.transferredOut',
  'members.left',
  'members.deceased',
  'workers.total',
  'workers.female',
  'members.coverage',
] as const satisfies readonly FixedFigureCode[];

export const CARE_KINDS = ['tet', 'shelter', 'sickness', 'hardship', 'scholarship', 'other'] as const;
export type CareKind = (typeof CARE_KINDS)[number];
