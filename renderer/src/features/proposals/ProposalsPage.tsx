import { useCallback, useEffect, useState } from 'react';
import { App, Button, Card, Empty, Flex, InputNumber, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Proposal, ProposalOptions, ProposalSummary } from '@shared/proposals/model';
import { formatDateVi } from '@shared/domain/format/date';
import { call } from '../../api/client';
import { useFollowWorkingYear } from '../../components/useWorkingYear';
import { useAppStore } from '../../stores/appStore';
import { ProposalDetail } from './ProposalDetail';
import { ProposalForm } from './ProposalForm';
import { errorText } from '../../api/errorText';

/** Đề nghị khen thưởng: the year's proposals upward on the left, the chosen one on the right. */
export function ProposalsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const workingYear = useAppStore((s) => s.settings?.['office.workingYear']) ?? new Date().getFullYear();
  const [year, setYear] = useState(workingYear);
  useFollowWorkingYear(setYear);
  const [list, setList] = useState<ProposalSummary[] | null>(null);
  const [current, setCurrent] = useState<Proposal | null>(null);
  const [options, setOptions] = useState<ProposalOptions | null>(null);
  const [form, setForm] = useState<{ open: boolean; proposal: Proposal | null }>({ open: false, proposal: null });

  const reload = useCallback(async () => {
    try {
      setList(await call('proposals:list', { year }));
    } catch (error) {
      message.error(errorText(error));
    }
  }, [year, message]);

  useEffect(() => {
    void reload();
    setCurrent(null);
    call('proposals:options', { year }).then(setOptions, (e: unknown) => message.error(errorText(e)));
  }, [reload, year, message]);

  const open = async (id: number) => {
    try {
      setCurrent(await call('proposals:get', { id }));
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const changed = (proposal: Proposal) => {
    setCurrent(proposal);
    void reload();
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Flex gap={12} align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>{t('proposals.title')}</Typography.Title>
          <InputNumber aria-label={t('awards.awardList.year')} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} style={{ width: 90 }} />
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true, proposal: null })}>{t('proposals.newProposal')}</Button>
      </Flex>
      {list !== null && list.length === 0 ? (
        <Empty description={t('proposals.empty', { year })} />
      ) : (
        <Flex vertical gap={12}>
          <Card size="small" styles={{ body: { padding: 0 } }}>
            <Table<ProposalSummary>
              size="small"
              rowKey="id"
              loading={list === null}
              dataSource={list ?? []}
              pagination={false}
              scroll={{ y: 180 }}
              onRow={(r) => ({ onClick: () => void open(r.id), style: { cursor: 'pointer', background: r.id === current?.id ? '#e6f4ff' : undefined } })}
              columns={[
                {
                  title: t('proposals.listColumns.number'),
                  key: 'number',
                  render: (_, r) => (
                    <>
                      <Button type="link" size="small" style={{ padding: 0 }} onClick={() => void open(r.id)}>{r.number || `#${r.id}`}</Button>
                      {r.submittedOn && <Typography.Text type="secondary"> · {formatDateVi(r.submittedOn)}</Typography.Text>}
                    </>
                  ),
                },
                { title: t('proposals.listColumns.to'), key: 'to', width: 200, render: (_, r) => t(`proposals.level.${r.toIssuerLevel}`) },
                { title: t('proposals.listColumns.kind'), key: 'kind', render: (_, r) => `${r.formName ?? r.titleName ?? ''} · ${t(`proposals.scope.${r.scope}`)}` },
                { title: t('proposals.listColumns.rows'), dataIndex: 'items', width: 80, align: 'right' },
                {
                  title: t('proposals.listColumns.status'),
                  key: 'status',
                  width: 260,
                  render: (_, r) => <span>{t('proposals.counts', { approved: r.approved, rejected: r.rejected, pending: r.items - r.approved - r.rejected })}</span>,
                },
              ]}
            />
          </Card>
          <Card size="small">
            {current ? (
              <ProposalDetail key={current.id} proposal={current} options={options} onChanged={changed} onEdit={() => setForm({ open: true, proposal: current })}
                onDeleted={() => { setCurrent(null); void reload(); }} />
            ) : (
              <Empty description={t('proposals.pick')} />
            )}
          </Card>
        </Flex>
      )}
      <ProposalForm open={form.open} year={year} proposal={form.proposal} options={options} onClose={() => setForm({ open: false, proposal: null })}
        onSaved={(p) => { setForm({ open: false, proposal: null }); changed(p); }} />
    </Flex>
  );
}
