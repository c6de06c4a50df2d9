import { useCallback, useEffect, useState } from 'react';
import { App, Button, Empty, Flex, InputNumber, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ClusterSummary } from '@shared/clusters/model';
import { formatDateVi } from '@shared/domain/format/date';
import { call } from '../../api/client';
import { ClusterDrawer } from './ClusterDrawer';
import { ClusterForm } from './ClusterForm';
import { errorText } from '../../api/errorText';
import { useWorkingYear } from '../../components/useWorkingYear';

export function ClustersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useWorkingYear();
  const [rows, setRows] = useState<ClusterSummary[] | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);

  const load = useCallback(async () => {
    try {
      setRows(await call('clusters:list', { year }));
    } catch (error) {
      message.error(errorText(error));
    }
  }, [year, message]);
  useEffect(() => void load(), [load]);

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Flex gap={12} align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('clusters.title')}
          </Typography.Title>
          <InputNumber<number> aria-label={t('clusters.year')} prefix={t('clusters.year')} min={1900} max={2200} value={year} onChange={(v) => v && setYear(v)} style={{ width: 130 }} />
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('clusters.add')}
        </Button>
      </Flex>
      {rows !== null && rows.length === 0 ? (
        <Empty description={t('clusters.empty', { year })} />
      ) : (
        <Table<ClusterSummary>
          size="small"
          rowKey="id"
          loading={rows === null}
          dataSource={rows ?? []}
          pagination={false}
          onRow={(row) => ({ onClick: () => setOpenId(row.id), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('clusters.columns.name'),
              dataIndex: 'name',
              render: (name: string, row) => (
                <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={(e) => { e.stopPropagation(); setOpenId(row.id); }}>
                  {name}
                </Button>
              ),
            },
            { title: t('clusters.columns.kind'), dataIndex: 'kind', width: 140, render: (_, row) => `${t(`clusters.kind.${row.kind}`)} · ${t(`clusters.scope.${row.scope}`)}` },
            { title: t('clusters.columns.units'), dataIndex: 'memberCount', width: 90, align: 'right' },
            { title: t('clusters.columns.leader'), dataIndex: 'leaderName', render: (v: string | null) => v ?? '' },
            { title: t('clusters.columns.deputy'), dataIndex: 'deputyName', render: (v: string | null) => v ?? '' },
            { title: t('clusters.columns.pledge'), dataIndex: 'pledgeSignedOn', width: 110, render: (v: string | null) => (v ? formatDateVi(v) : '') },
          ]}
        />
      )}
      {creating && (
        <ClusterForm
          year={year}
          cluster={null}
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            void load();
            setOpenId(id);
          }}
        />
      )}
      {openId !== null && (
        <ClusterDrawer
          id={openId}
          onClose={() => {
            setOpenId(null);
            void load();
          }}
          onChanged={() => void load()}
          onOpenOther={(id, y) => {
            setYear(y);
            setOpenId(id);
          }}
        />
      )}
    </Flex>
  );
}
