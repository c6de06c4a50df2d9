import { useEffect, useState } from 'react';
import { App, Alert, Button, Empty, Flex, Input, Modal, Select, Space, Tag } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, HomeOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CLUSTER_ROLES, type ClusterDetail, type ClusterRole } from '@shared/clusters/model';
import { call } from '../../api/client';
import { UnionPicker } from '../../components/UnionPicker';
import { RotationNote } from './RotationNote';
import { PlainTable } from '../../components/PlainTable';
import { useSaving } from '../../components/useSaving';

interface Row {
  key: string;
  id?: number;
  organizationId: number | null;
  name: string;
  role: ClusterRole;
  isOwnOffice: boolean;
}

const fromDetail = (detail: ClusterDetail): Row[] =>
  detail.members.map((m) => ({ key: `m${m.id}`, id: m.id, organizationId: m.organizationId, name: m.name, role: m.role, isOwnOffice: m.isOwnOffice }));

/** The units of a cluster in order, their roles, and the rotation suggestion; saved all at once. */
/** What saving would change: the units, their order and roles. */
const shape = (rows: Row[]) => JSON.stringify(rows.map((r) => [r.id ?? null, r.organizationId, r.name, r.role]));

export function MembersEditor({ detail, onSaved, onDirtyChange }: { detail: ClusterDetail; onSaved(next: ClusterDetail): void; onDirtyChange(dirty: boolean): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [rows, setRows] = useState<Row[]>(() => fromDetail(detail));
  const [peerName, setPeerName] = useState('');
  const [office, setOffice] = useState<{ id: number; name: string } | null>(null);
  const { saving, runSave } = useSaving();
  const peers = detail.cluster.scope === 'peers';

  useEffect(() => setRows(fromDetail(detail)), [detail]);
  const dirty = shape(rows) !== shape(fromDetail(detail));
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => {
    if (peers) void call('clusters:ownOffice', {}).then(setOffice, () => undefined);
  }, [peers]);

  let counter = 0;
  const add = (row: Omit<Row, 'key' | 'role'>) => {
    if (rows.some((r) => (row.organizationId !== null && r.organizationId === row.organizationId) || r.name.trim().toLowerCase() === row.name.trim().toLowerCase())) {
      message.warning(t('CLUSTER_MEMBER_DUPLICATE', { ns: 'errors', name: row.name }));
      return;
    }
    setRows((current) => [...current, { ...row, key: `n${Date.now()}-${counter++}`, role: 'member' }]);
  };
  const setRole = (key: string, role: ClusterRole) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, role } : role !== 'member' && r.role === role ? { ...r, role: 'member' } : r)));
  const move = (index: number, by: number) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (row) next.splice(Math.max(0, Math.min(next.length, index + by)), 0, row);
      return next;
    });

  const applySuggestion = () => {
    const { leader, deputy } = detail.rotation;
    setRows((current) =>
      current.map((r) => ({ ...r, role: r.id === leader?.clusterMemberId ? 'leader' : r.id === deputy?.clusterMemberId ? 'deputy' : 'member' })),
    );
  };

  const doSave = async () => {
    await runSave(async () => {
      const next = await call('clusters:setMembers', {
        id: detail.cluster.id,
        members: rows.map((r) => ({ ...(r.id !== undefined ? { id: r.id } : {}), organizationId: r.organizationId, name: r.name, role: r.role })),
      });
      onSaved(next);
    }, t('clusters.units.saved'));
  };
  const save = () => {
    const removed = detail.members.filter((m) => !rows.some((r) => r.id === m.id)).length;
    if (removed === 0) return void doSave();
    Modal.confirm({ title: t('clusters.units.removeConfirm', { count: removed }), okText: t('common.yes'), cancelText: t('common.cancel'), onOk: () => doSave() });
  };

  return (
    <Flex vertical gap={8}>
      {detail.members.length > 0 && <RotationNote rotation={detail.rotation} year={detail.cluster.year} onApply={applySuggestion} />}
      <Space wrap>
        <UnionPicker
          value={null}
          style={{ width: 380 }}
          placeholder={t('clusters.units.addUnion')}
          ariaLabel={t('clusters.units.addUnion')}
          onChange={(_, union) => union && add({ organizationId: union.id, name: union.name, isOwnOffice: false })}
        />
        {peers && (
          <>
            <Space.Compact>
              <Input
                style={{ width: 320 }}
                aria-label={t('clusters.units.addPeer')}
                placeholder={t('clusters.units.peerPlaceholder')}
                value={peerName}
                onChange={(e) => setPeerName(e.target.value)}
                onPressEnter={() => {
                  if (!peerName.trim()) return;
                  add({ organizationId: null, name: peerName.trim(), isOwnOffice: false });
                  setPeerName('');
                }}
              />
              <Button
                icon={<PlusOutlined />}
                disabled={!peerName.trim()}
                onClick={() => {
                  add({ organizationId: null, name: peerName.trim(), isOwnOffice: false });
                  setPeerName('');
                }}
              >
                {t('common.add')}
              </Button>
            </Space.Compact>
            {office && !rows.some((r) => r.organizationId === office.id) && (
              <Button icon={<HomeOutlined />} onClick={() => add({ organizationId: office.id, name: office.name, isOwnOffice: true })}>
                {t('clusters.units.addOffice')}
              </Button>
            )}
          </>
        )}
      </Space>
      {rows.length === 0 ? (
        <Empty description={t('clusters.units.empty')} />
      ) : (
        <PlainTable<Row>
          rowKey="key"
          dataSource={rows}
          columns={[
            { title: '#', width: 44, render: (_, __, i) => i + 1 },
            { title: t('clusters.units.unit'), dataIndex: 'name', render: (name: string, row) => <>{name} {row.isOwnOffice && <Tag color="blue">{t('clusters.units.ourOffice')}</Tag>}</> },
            {
              title: t('clusters.units.role'),
              width: 160,
              render: (_, row) => (
                <Select<ClusterRole> size="small" style={{ width: 140 }} aria-label={`${t('clusters.units.role')} ${row.name}`} value={row.role} onChange={(v) => setRole(row.key, v)} options={CLUSTER_ROLES.map((r) => ({ value: r, label: t(`clusters.role.${r}`) }))} />
              ),
            },
            {
              width: 120,
              render: (_, row, i) => (
                <Space size={2}>
                  <Button size="small" type="text" aria-label={t('clusters.units.moveUp')} icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} />
                  <Button size="small" type="text" aria-label={t('clusters.units.moveDown')} icon={<ArrowDownOutlined />} disabled={i === rows.length - 1} onClick={() => move(i, 1)} />
                  <Button size="small" type="text" danger aria-label={t('clusters.units.remove')} icon={<DeleteOutlined />} onClick={() => setRows((c) => c.filter((r) => r.key !== row.key))} />
                </Space>
              ),
            },
          ]}
        />
      )}
      {rows.length > 0 && rows.every((r) => r.role !== 'leader') && detail.members.length === 0 && <Alert type="info" showIcon title={t('clusters.rotation.neverNoHistory')} />}
      <Flex justify="end">
        <Button type="primary" loading={saving} onClick={save}>
          {t('clusters.units.save')}
        </Button>
      </Flex>
    </Flex>
  );
}
