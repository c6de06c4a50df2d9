import { useCallback, useState } from 'react';
import { Alert, App, Button, Flex, Input, Space, Tag, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import { CheckOutlined, CloseOutlined, FileDoneOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateVi } from '@shared/domain/format/date';
import { formatMoney } from '@shared/domain/format/number';
import type { UpperDraftDecision, UpperProposalRow, UpperProposalStatus } from '@shared/upperRollup/proposals';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { navigate } from '../../app/routes';
import { useLoad } from '../../components/useLoad';
import { PlainTable } from '../../components/PlainTable';

const COLORS: Record<UpperProposalStatus, string> = { pending: 'blue', approved: 'green', rejected: 'red' };

/** Proposals from below: every office's rows in one list, approved or rejected (with a reason) row by row, then drafted into our own decision. */
export function ProposalsTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [rejecting, setRejecting] = useState<UpperProposalRow | null>(null);
  const [reason, setReason] = useState('');
  const [draft, setDraft] = useState<UpperDraftDecision | null>(null);
  const { data, loading, reload } = useLoad(
    useCallback(() => call('upper:proposals', { year }), [year]),
    [] as UpperProposalRow[],
  );

  const decide = async (row: UpperProposalRow, decision: 'approve' | 'reject', why = '') => {
    try {
      await call('upper:decideProposal', { rowId: row.id, decision, reason: why });
      await reload();
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  const makeDraft = async () => {
    try {
      setDraft(await call('upper:draftDecision', { year }));
      await reload();
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  const approved = data.filter((r) => r.status === 'approved').length;

  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('upperRollup.proposals.hint')}</Typography.Text>
        <Button type="primary" icon={<FileDoneOutlined />} disabled={approved === 0} onClick={() => void makeDraft()}>
          {t('upperRollup.proposals.draft', { count: approved })}
        </Button>
      </Flex>
      {draft && (
        <Alert
          type={draft.kinds.length > 1 ? 'warning' : 'success'}
          showIcon
          closable
          onClose={() => setDraft(null)}
          message={t('upperRollup.proposals.drafted', { number: draft.number, date: formatDateVi(draft.decidedOn), added: draft.added, recipients: draft.recipients, total: formatMoney(draft.total) })}
          description={draft.kinds.length > 1 ? t('upperRollup.proposals.draftKinds', { count: draft.kinds.length, kinds: draft.kinds.join('; ') }) : draft.kinds.map((kind) => t('upperRollup.proposals.draftKind', { kind }))}
          action={
            <Button size="small" onClick={() => navigate('decisions', { year: Number(draft.decidedOn.slice(0, 4)) })}>
              {t('upperRollup.proposals.openDecisions')}
            </Button>
          }
        />
      )}
      <PlainTable<UpperProposalRow>
        loading={loading}
        dataSource={data}
        locale={{ emptyText: t('upperRollup.proposals.empty', { year }) }}
        columns={[
          { title: t('upperRollup.proposals.office'), dataIndex: 'officeName', width: 200 },
          {
            title: t('upperRollup.proposals.number'),
            dataIndex: 'proposalNumber',
            width: 130,
            render: (v: string, r) => (
              <>
                {v}
                {r.submittedOn && <div style={{ fontSize: 12, color: '#888' }}>{formatDateVi(r.submittedOn)}</div>}
              </>
            ),
          },
          { title: t('upperRollup.proposals.title'), dataIndex: 'title', width: 200 },
          { title: t('upperRollup.proposals.recipient'), dataIndex: 'recipient', width: 170 },
          { title: t('upperRollup.proposals.unit'), dataIndex: 'unit' },
          {
            title: t('upperRollup.proposals.status'),
            dataIndex: 'status',
            width: 170,
            render: (v: UpperProposalStatus, r) => (
              <>
                <Tag color={COLORS[v]}>{t(`upperRollup.proposals.statuses.${v}`)}</Tag>
                {r.reason && <div style={{ fontSize: 12 }}>{r.reason}</div>}
                {r.awardId !== null && <div style={{ fontSize: 12, color: '#888' }}>{t('upperRollup.proposals.inDraft')}</div>}
              </>
            ),
          },
          {
            title: t('upperRollup.actions'),
            width: 150,
            render: (_, r) =>
              r.awardId === null ? (
                <Space size={4}>
                  <Button size="small" icon={<CheckOutlined />} disabled={r.status === 'approved'} aria-label={`${t('upperRollup.proposals.approve')} ${r.recipient}`} onClick={() => void decide(r, 'approve')}>
                    {t('upperRollup.proposals.approve')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    icon={<CloseOutlined />}
                    disabled={r.status === 'rejected'}
                    aria-label={`${t('upperRollup.proposals.reject')} ${r.recipient}`}
                    title={t('upperRollup.proposals.reject')}
                    onClick={() => (setReason(''), setRejecting(r))}
                  />
                </Space>
              ) : null,
          },
        ]}
      />
      <FormModal
        open={rejecting !== null}
        title={rejecting ? t('upperRollup.proposals.rejectTitle', { name: rejecting.recipient, office: rejecting.officeName }) : ''}
        dirty={reason.trim() !== ''}
        okText={t('upperRollup.proposals.reject')}
        okDisabled={reason.trim() === ''}
        danger
        onClose={() => setRejecting(null)}
        onSubmit={() => {
          if (rejecting) void decide(rejecting, 'reject', reason);
          setRejecting(null);
        }}
      >
        <Typography.Text>{t('upperRollup.proposals.reason')}</Typography.Text>
        <Input.TextArea aria-label={t('upperRollup.proposals.reason')} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </FormModal>
    </Flex>
  );
}
