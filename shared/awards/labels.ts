import type { Locale } from '../i18n/locale';
import type { DecisionScope, IssuerLevel, KindCategory, RecipientKind } from './model';

export const awardLabels = {
  vi: {
    issuer: {
      national: 'Tổng Liên đoàn Lao động Việt Nam',
      government: 'Chính phủ, Thủ tướng Chính phủ',
      province_government: 'UBND tỉnh/thành phố',
      province: 'LĐLĐ tỉnh/thành phố',
      own_office: 'Cơ quan mình',
      grassroots: 'Công đoàn cơ sở',
    } satisfies Record<IssuerLevel, string>,
    scope: { all_round: 'Toàn diện', thematic: 'Chuyên đề' } satisfies Record<DecisionScope, string>,
    category: { title: 'Danh hiệu', form: 'Hình thức' } satisfies Record<KindCategory, string>,
    recipient: { individual: 'Cá nhân', collective: 'Tập thể', both: 'Cá nhân và tập thể' } satisfies Record<RecipientKind | 'both', string>,
  },
  en: {
    issuer: {
      national: 'Vietnam General Confederation of Labour',
      government: 'Government, Prime Minister',
      province_government: 'Provincial/city People’s Committee',
      province: 'Provincial/city federation of labour',
      own_office: 'Our office',
      grassroots: 'Grassroots union',
    } satisfies Record<IssuerLevel, string>,
    scope: { all_round: 'All-round', thematic: 'Thematic' } satisfies Record<DecisionScope, string>,
    category: { title: 'Title', form: 'Form of reward' } satisfies Record<KindCategory, string>,
    recipient: { individual: 'Individual', collective: 'Collective', both: 'Both' } satisfies Record<RecipientKind | 'both', string>,
  },
} as const satisfies Record<Locale, unknown>;
