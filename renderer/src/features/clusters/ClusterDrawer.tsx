import { useCallback, useEffect, useState } from 'react';
import { App, Button, Popconfirm, Space, Tabs, Typography } from 'antd';
import { CopyOutlined, DeleteOutlined, EditOutlined, FormOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ClusterDetail } from '@shared/clusters/model';
import { call } from '../../api/client';
import { navigate } from '../../app/routes';
import { ClusterForm } from './ClusterForm';
import { MembersEditor } from './MembersEditor';
import { PledgeForm } from './PledgeForm';
import { errorText } from '../../api/errorText';
import { drawerSize } from '../../components/drawerSize';
import { RecordHistory } from '../audit/RecordHistory';
import { useUndoMessage } from '../audit/useUndoMessage';
import { FormDrawer } from '../../components/FormModal';

/** A cluster's units, roles, rotation and pledge, with copy/delete. */
export function ClusterDrawer({ id, onClose, onChanged, onOpenOther }: { id: number; onClose(): void; onChanged(): void; onOpenOther(id: number, year: number): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showUndo = useUndoMessage();
  const [detail, setDetail] = useState<ClusterDetail | null>(null);
  const [editing, setEditing] = useState(false);
  const [unitsDirty, setUnitsDirty] = useState(false);
  const [pledgeDirty, setPledgeDirty] = useState(false);

  const load = useCallback(async () => {
    try {
      setDetail(await call('clusters:get', { id }));
    } catch (error) {
      message.error(errorText(error));
    }
  }, [id, message]);
  useEffect(() => void load(), [load]);

  const copyNext = async () => {
    try {
      const copy = await call('clusters:copyToNextYear', { id });
      message.success(t('clusters.actions.copied', { name: detail?.cluster.name ?? '', year: copy.year }));
      onOpenOther(copy.id, copy.year);
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const remove = async () => {
    try {
      const { undoId } = await call('clusters:delete', { id });
      showUndo(t('clusters.actions.deleted'), undoId, onChanged);
      onClose();
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const cluster = detail?.cluster;
  return (
    <FormDrawer
      open
      dirty={unitsDirty || pledgeDirty}
      width={drawerSize(980)}
      onClose={onClose}
      title={cluster ? `${cluster.name} — ${cluster.year}` : ''}
      headerExtra={
        cluster && (
          <Space>
            <Button icon={<FormOutlined />} onClick={() => navigate('scoring', { year: cluster.year, cluster: cluster.id })}>
              {t('clusters.actions.scoring')}
            </Button>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('clusters.actions.edit')}
            </Button>
            <Button icon={<CopyOutlined />} onClick={() => void copyNext()}>
              {t('clusters.actions.copyNext')}
            </Button>
            <Popconfirm title={t('clusters.actions.deleteConfirm', { name: cluster.name, year: cluster.year })} okText={t('common.delete')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={() => void remove()}>
              <Button danger icon={<DeleteOutlined />}>
                {t('clusters.actions.delete')}
              </Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      {detail && (
        <>
          <Typography.Paragraph type="secondary">
            {t(`clusters.kind.${detail.cluster.kind}`)} · {t(`clusters.scope.${detail.cluster.scope}`)}
            {detail.cluster.note && ` · ${detail.cluster.note}`}
          </Typography.Paragraph>
          <Tabs
            items={[
              {
                key: 'units',
                label: t('clusters.tabs.units'),
                children: (
                  <MembersEditor
                    detail={detail}
                    onDirtyChange={setUnitsDirty}
                    onSaved={(next) => {
                      setDetail(next);
                      onChanged();
                    }}
                  />
                ),
              },
              {
                key: 'pledge',
                label: t('clusters.tabs.pledge'),
                children: <PledgeForm detail={detail} onDirtyChange={setPledgeDirty} onSaved={() => void load().then(onChanged)} />,
              },
              { key: 'changes', label: t('audit.tab'), children: <RecordHistory kind="clusters" id={detail.cluster.id} /> },
            ]}
          />
        </>
      )}
      {editing && cluster && (
        <ClusterForm
          year={cluster.year}
          cluster={cluster}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void load();
            onChanged();
          }}
        />
      )}
    </FormDrawer>
  );
}
