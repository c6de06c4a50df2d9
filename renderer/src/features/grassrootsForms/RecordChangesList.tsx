import { List } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/domain/format/number';
import type { RecordChange } from '@shared/grassrootsForms/model';

const FIGURE_KEY: Partial<Record<string, 'forms.recordWorkersTotal' | 'forms.recordWorkersFemale'>> = {
  'workers.total': 'forms.recordWorkersTotal',
  'workers.female': 'forms.recordWorkersFemale',
};

/** "Cập nhật số liệu CĐCS: <tên> lao động 120 → 135", one line per change a returned form made. */
export function RecordChangesList({ changes, title }: { changes: RecordChange[]; title?: string }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <List
      size="small"
      data-testid="forms-record-changes"
      header={title}
      dataSource={changes}
      renderItem={(c) => (
        <List.Item>
          {t('forms.recordChange', {
            union: c.unionName,
            figure: t(FIGURE_KEY[c.code] ?? 'forms.recordWorkersTotal'),
            before: c.before === null ? t('forms.recordNone') : formatNumber(c.before),
            after: formatNumber(c.after),
          })}
        </List.Item>
      )}
    />
  );
}
