import { useCallback, useState } from 'react';
import { App, Button, Card, Flex, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AUDIT_KINDS, type AuditEntryView, type AuditKind } from '@shared/audit/model';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { DateInput } from '../../components/DateInput';
import { useLoad } from '../../components/useLoad';
import { navigate, routeParams } from '../../app/routes';
import { formatTimestamp } from '../upward/timestamp';
import { ChangeList } from './ChangeList';
import { PlainTable } from '../../components/PlainTable';

const PAGE_SIZE = 50;
const isKind = (value: string | null): value is AuditKind => (AUDIT_KINDS as string[]).includes(value ?? '');

/** Lịch sử thay đổi: who changed what and when, old → new, filtered by kind of record, record and date. */
export function HistoryPage() {
  const { t } = useTranslation();
  const params = routeParams();
  const [kind, setKind] = useState<AuditKind | undefined>(() => (isKind(params.get('kind')) ? (params.get('kind') as AuditKind) : undefined));
  const [recordId, setRecordId] = useState<string | undefined>(() => params.get('id') ?? undefined);
  const [since, setSince] = useState<string | null>(null);
  const [until, setUntil] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const { message } = App.useApp();
  const { data, loading, reload } = useLoad(
    useCallback(
      () =>
        call('audit:list', {
          ...(kind ? { kind } : {}),
          ...(kind && recordId ? { entityId: recordId } : {}),
          ...(since ? { since } : {}),
          ...(until ? { until } : {}),
          limit: PAGE_SIZE,
          offset: (page - 1) * PAGE_SIZE,
        }),
      [kind, recordId, since, until, page],
    ),
    { rows: [], total: 0 },
  );
  const undo = async (undoId: number) => {
    try {
      await call('changes:undo', { id: undoId });
      void message.success(t('audit.undone'));
      await reload();
    } catch (error) {
      void message.error(errorText(error), 8);
    }
  };
  const clearRecord = () => {
    setRecordId(undefined);
    navigate('history', kind ? { kind } : undefined);
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <span>{t('audit.kind')}</span>
          <Select<AuditKind | 'all'>
            aria-label={t('audit.kind')}
            style={{ width: 220 }}
            value={kind ?? 'all'}
            onChange={(value) => {
              setKind(value === 'all' ? undefined : value);
              setRecordId(undefined);
              setPage(1);
            }}
            options={[{ value: 'all', label: t('audit.allKinds') }, ...AUDIT_KINDS.map((k) => ({ value: k, label: t(`audit.kinds.${k}`) }))]}
          />
          {kind && recordId && (
            <Tag closable onClose={clearRecord} closeIcon={<span title={t('audit.clearRecord')}>×</span>}>
              {t('audit.record', { id: recordId })}
            </Tag>
          )}
          <span>{t('audit.since')}</span>
          <div style={{ width: 150 }}>
            <DateInput ariaLabel={t('audit.since')} value={since} onChange={(value) => (setSince(value), setPage(1))} />
          </div>
          <span>{t('audit.until')}</span>
          <div style={{ width: 150 }}>
            <DateInput ariaLabel={t('audit.until')} value={until} onChange={(value) => (setUntil(value), setPage(1))} />
          </div>
          <Typography.Text type="secondary">{t('audit.total', { n: formatNumber(data.total) })}</Typography.Text>
        </Flex>
      </Card>
      <PlainTable<AuditEntryView>
        loading={loading}
        dataSource={data.rows}
        locale={{ emptyText: t('audit.none') }}
        scroll={{ y: 'calc(100vh - 330px)' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data.total, showSizeChanger: false, onChange: setPage }}
        expandable={{ rowExpandable: (row) => row.changes.length > 0, expandedRowRender: (row) => <ChangeList changes={row.changes} /> }}
        columns={[
          { title: t('audit.when'), dataIndex: 'at', width: 150, render: (at: string) => formatTimestamp(at) },
          { title: t('audit.who'), dataIndex: 'actor', width: 140 },
          { title: t('audit.kind'), dataIndex: 'kind', width: 170, render: (k: AuditKind | null) => (k ? t(`audit.kinds.${k}`) : '') },
          {
            title: t('audit.what'),
            dataIndex: 'summary',
            render: (summary: string, row) => (
              <Flex gap={8} align="center" justify="space-between">
                <span>{summary}</span>
                {row.undoId !== null && (
                  <Button size="small" onClick={() => void undo(row.undoId!)}>
                    {t('common.undo')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
}
