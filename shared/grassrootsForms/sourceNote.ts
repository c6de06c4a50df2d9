import type { Locale } from '../i18n/locale';
import type { RolledUpFigure } from './model';

/** Where a Mẫu 2 figure comes from, as its Ghi chú says it: "12/15 CĐCS báo cáo". */
export function sourceNote(figure: Pick<RolledUpFigure, 'source' | 'formsReturned' | 'formsExpected'>, locale: Locale): string {
  const forms = `${figure.formsReturned}/${figure.formsExpected}`;
  const vi = { office: 'Số liệu quản lý của đơn vị', forms: `${forms} CĐCS báo cáo`, mixed: `${forms} CĐCS báo cáo, còn lại theo số liệu quản lý`, none: 'Chưa có số liệu' };
  const en = { office: 'Office records', forms: `${forms} unions reported`, mixed: `${forms} unions reported, the rest from office records`, none: 'No figures yet' };
  return (locale === 'vi' ? vi : en)[figure.source];
}
