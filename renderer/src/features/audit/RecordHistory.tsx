import { useCallback } from 'react';
import { Button, Empty, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditKind } from '@shared/audit/model';
import { call } from '../../api/client';
import { useLoad } from '../../components/useLoad';
import { navigate } from '../../app/routes';
import { formatTimestamp } from '../upward/timestamp';
import { ChangeList } from './ChangeList';

/** One record's own history, newest first (a tab of its drawer). */
export function RecordHistory({ kind, id }: { kind: AuditKind; id: number }) {
  const { t } = useTranslation();
  const { data, loading } = useLoad(
    useCallback(() => call('audit:list', { kind, entityId: String(id), limit: 200 }), [kind, id]),
    { rows: [], total: 0 },
  );
  if (!loading && data.rows.length === 0) return <Empty description={t('audit.none')} />;
  return (
    <Flex vertical gap={8} data-testid="record-history">
      <List
        loading={loading}
        dataSource={data.rows}
        renderItem={(row) => (
          <List.Item key={row.id} style={{ display: 'block' }}>
            <Typography.Text type="secondary">
              {formatTimestamp(row.at)} · {row.actor}
            </Typography.Text>
            <div>{row.headline}</div>
            {row.changes.length > 0 && <ChangeList changes={row.changes} />}
          </List.Item>
        )}
      />
      <Button type="link" style={{ alignSelf: 'flex-start', padding: 0 }} onClick={() => navigate('history', { kind, id })}>
        {t('audit.openAll')}
      </Button>
    </Flex>
  );
}
