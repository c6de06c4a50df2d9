import type { ReactElement } from 'react';
import type { TFunction } from 'i18next';
import { formatNumber } from '@shared/domain/format/number';

/** A picker's dropdown with "more, type to narrow" under it when the search found more than it shows. */
export function morePopup(t: TFunction, total: number, shown: number) {
  return function MorePopup(menu: ReactElement) {
    return (
      <>
        {menu}
        {total > shown && (
          <div style={{ padding: '4px 12px', color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{t('members.picker.more', { n: formatNumber(total) })}</div>
        )}
      </>
    );
  };
}
