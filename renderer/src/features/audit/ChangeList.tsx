import { useTranslation } from 'react-i18next';
import type { AuditChange } from '@shared/audit/model';
import { PlainTable } from '../../components/PlainTable';

/** The fields one change touched: label, old value, new value. */
export function ChangeList({ changes }: { changes: AuditChange[] }) {
  const { t } = useTranslation();
  return (
    <PlainTable<AuditChange>
      rowKey="field"
      dataSource={changes}
      columns={[
        { title: t('audit.field'), dataIndex: 'label', width: 200 },
        { title: t('audit.before'), dataIndex: 'before', render: (text: string) => <del style={{ color: '#8c8c8c' }}>{text}</del> },
        { title: t('audit.after'), dataIndex: 'after' },
      ]}
    />
  );
}
