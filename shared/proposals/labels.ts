import type { Locale } from '../i18n/locale';
import type { AwardIssuerLevel } from '../awards/awardList';

/** Who decides at each issuer level, as documents name it (the upper union's own name comes from the settings). */
export const issuerLevelLabels: Record<Locale, Record<AwardIssuerLevel, string>> = {
  vi: {
    national: 'Tổng Liên đoàn Lao động Việt Nam',
    government: 'Thủ tướng Chính phủ',
    province_government: 'Ủy ban nhân dân tỉnh, thành phố',
    province: 'Liên đoàn Lao động tỉnh, thành phố',
    own_office: 'Công đoàn cấp trên trực tiếp cơ sở',
    grassroots: 'Công đoàn cơ sở',
  },
  en: {
    national: 'Viet Nam General Confederation of Labour',
    government: 'Prime Minister',
    province_government: 'Provincial/city People\'s Committee',
    province: 'Provincial/city Federation of Labour',
    own_office: 'Our office',
    grassroots: 'Grassroots union',
  },
};
