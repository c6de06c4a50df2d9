import type { Locale } from '../i18n/locale';

/** Names of the stored campaign codes, the same on screen, in printouts and in workbooks. */
export const campaignCodeLabels = {
  vi: {
    kinds: { regular: 'Thường xuyên', thematic: 'Chuyên đề', peak: 'Đợt cao điểm' },
    launchers: { own_office: 'Cơ quan ta', upper: 'Cấp trên', national: 'Tổng LĐLĐ Việt Nam', government: 'Thủ tướng Chính phủ', other: 'Khác' },
    levels: { grassroots: 'Cấp cơ sở', upper: 'Cấp trên' },
    statuses: { planned: 'Đăng ký', in_progress: 'Đang thực hiện', completed: 'Hoàn thành' },
    results: { first: 'Giải Nhất', second: 'Giải Nhì', third: 'Giải Ba', consolation: 'Giải Khuyến khích', none: 'Không đạt giải' },
  },
  en: {
    kinds: { regular: 'Regular', thematic: 'Thematic', peak: 'Peak drive' },
    launchers: { own_office: 'Our office', upper: 'Upper level', national: 'Vietnam General Confederation of Labour', government: 'The Prime Minister', other: 'Other' },
    levels: { grassroots: 'Grassroots', upper: 'Upper level' },
    statuses: { planned: 'Registered', in_progress: 'In progress', completed: 'Completed' },
    results: { first: 'First prize', second: 'Second prize', third: 'Third prize', consolation: 'Consolation prize', none: 'No prize' },
  },
} satisfies Record<Locale, unknown>;
