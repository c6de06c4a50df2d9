import { Collapse } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditKind } from '@shared/audit/model';
import { RecordHistory } from './RecordHistory';

/** A record's history folded under its own heading, for drawers without tabs; loaded when opened. */
export function RecordHistorySection({ kind, id }: { kind: AuditKind; id: number }) {
  const { t } = useTranslation();
  return (
    <Collapse
      size="small"
      style={{ marginTop: 16 }}
      destroyOnHidden
      items={[{ key: 'history', label: t('audit.tab'), children: <RecordHistory kind={kind} id={id} /> }]}
    />
  );
}
