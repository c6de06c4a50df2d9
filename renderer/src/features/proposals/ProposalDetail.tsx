import { useState } from 'react';
import { Alert, App, Button, Descriptions, Empty, Flex, Popconfirm, Space, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, DeleteOutlined, EditOutlined, FileExcelOutlined, FileWordOutlined, PlusOutlined, PrinterOutlined, SendOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Proposal, ProposalItem, ProposalItemDraft, ProposalOptions } from '@shared/proposals/model';
import { formatDateVi } from '@shared/domain/format/date';
import { call } from '../../api/client';
import { saveExport } from '../../api/files';
import { usePrintDocument } from '../../components/usePrintDocument';
import { CandidatesDialog } from './CandidatesDialog';
import { ApproveDialog, RejectDialog } from './DecideDialogs';
import { ItemDialog } from './ItemDialog';
import { ItemsTable } from './ItemsTable';
import { WordTemplateMenu } from '../../components/WordTemplateMenu';
import { errorText } from '../../api/errorText';

type Dialog = { kind: 'candidates' } | { kind: 'item'; item: ProposalItem | null } | { kind: 'approve' } | { kind: 'reject' } | null;

/** One proposal: its header, its rows, the decisions on them and the documents sent upward. */
export function ProposalDetail({ proposal, options, onChanged, onEdit, onDeleted }: {
  proposal: Proposal;
  options: ProposalOptions | null;
  onChanged(p: Proposal): void;
  onEdit(): void;
  onDeleted(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const printDocument = usePrintDocument();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const proposed = proposal.items.filter((i) => selected.includes(i.id) && i.status === 'proposed').map((i) => i.id);

  const act = async (work: () => Promise<Proposal>, done?: string) => {
    try {
      const next = await work();
      onChanged(next);
      setDialog(null);
      setSelected([]);
      if (done) message.success(done);
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const exportFile = async (kind: 'list' | 'letter') => {
    try {
      await saveExport(
        t(kind === 'list' ? 'proposals.output.listFile' : 'proposals.output.letterFile'),
        kind === 'list' ? 'xlsx' : 'docx',
        (where) => (kind === 'list' ? call('proposals:exportList', { id: proposal.id, ...where }) : call('proposals:exportLetter', { id: proposal.id, ...where })),
        ({ file }) => void message.success(t('proposals.output.exported', { file })),
      );
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const print = () => printDocument(`print/proposalLetter?id=${proposal.id}`);

  const saveItem = (draft: ProposalItemDraft, item: ProposalItem | null) =>
    act(() => (item ? call('proposalItems:update', { id: item.id, item: draft }) : call('proposalItems:add', { proposalId: proposal.id, items: [draft] })), t('common.saved'));

  const capWarning = proposal.warnings.find((w) => w.code === 'theme_cap');
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {proposal.number || t('proposals.title')} — {proposal.formName ?? proposal.titleName}
        </Typography.Title>
        <Space wrap>
          <Button icon={<EditOutlined />} onClick={onEdit}>{t('proposals.edit')}</Button>
          <Popconfirm title={t('proposals.deleteConfirm')} okText={t('common.delete')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }}
            onConfirm={() => void call('proposals:delete', { id: proposal.id }).then(() => { message.success(t('proposals.deleted')); onDeleted(); }, (e: unknown) => message.error(errorText(e)))}>
            <Button danger icon={<DeleteOutlined />}>{t('proposals.delete')}</Button>
          </Popconfirm>
        </Space>
      </Flex>
      <Descriptions size="small" column={3} items={[
        { key: 'to', label: t('proposals.form.to'), children: t(`proposals.level.${proposal.toIssuerLevel}`) },
        { key: 'date', label: t('proposals.form.submittedOn'), children: proposal.submittedOn ? formatDateVi(proposal.submittedOn) : '' },
        { key: 'scope', label: t('proposals.form.scope'), children: `${t(`proposals.scope.${proposal.scope}`)}${proposal.campaignName ? ` — ${proposal.campaignName}` : ''}` },
      ]} />
      {capWarning && <Alert type="warning" showIcon title={t('proposals.warnings.theme_cap', capWarning.params)} />}
      {proposal.warnings.filter((w) => w.code === 'both_scopes').map((w) => (
        <Alert key={`${w.itemId}`} type="warning" showIcon title={t('proposals.warnings.both_scopes', w.params)} />
      ))}
      <Flex gap={8} wrap>
        <Button type="primary" icon={<UsergroupAddOutlined />} onClick={() => setDialog({ kind: 'candidates' })}>{t('proposals.items.addCandidates')}</Button>
        <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'item', item: null })}>{t('proposals.items.addManual')}</Button>
        <Button icon={<CheckOutlined />} disabled={proposed.length === 0} onClick={() => setDialog({ kind: 'approve' })}>{t('proposals.items.approve', { count: proposed.length })}</Button>
        <Button icon={<CloseOutlined />} disabled={proposed.length === 0} onClick={() => setDialog({ kind: 'reject' })}>{t('proposals.items.reject', { count: proposed.length })}</Button>
        <Popconfirm title={t('proposals.items.removeConfirm', { count: proposed.length })} okText={t('common.delete')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }}
          disabled={proposed.length === 0} onConfirm={() => void act(() => call('proposalItems:remove', { ids: proposed }), t('proposals.items.removed', { count: proposed.length }))}>
          <Button danger icon={<DeleteOutlined />} disabled={proposed.length === 0}>{t('proposals.items.remove', { count: proposed.length })}</Button>
        </Popconfirm>
        <Space.Compact>
          <Button icon={<FileExcelOutlined />} disabled={proposal.items.length === 0} onClick={() => void exportFile('list')}>{t('proposals.output.exportList')}</Button>
          <Button icon={<FileWordOutlined />} onClick={() => void exportFile('letter')}>{t('proposals.output.exportLetter')}</Button>
          <Button icon={<PrinterOutlined />} onClick={() => void print()}>{t('proposals.output.print')}</Button>
        </Space.Compact>
        <Popconfirm title={t('proposals.send.confirm')} okText={t('proposals.send.ok')} cancelText={t('common.cancel')}
          onConfirm={() => void act(() => call('proposals:send', { id: proposal.id }), t('proposals.send.done'))}>
          <Button icon={<SendOutlined />} disabled={proposal.items.length === 0}>{t('proposals.send.button')}</Button>
        </Popconfirm>
        <WordTemplateMenu kind="proposalLetter" />
      </Flex>
      {proposal.sent && (
        <Alert type="info" showIcon data-testid="proposal-sent" title={t('proposals.send.state', { version: proposal.sent.version, date: formatDateVi(proposal.sent.sentAt.slice(0, 10)) })} />
      )}
      {proposal.items.length === 0 ? (
        <Empty description={t('proposals.noItems')} />
      ) : (
        <ItemsTable items={proposal.items} warnings={proposal.warnings} selected={selected} onSelect={setSelected}
          onEdit={(item) => setDialog({ kind: 'item', item })}
          onUndo={(item) => void act(() => call('proposalItems:undo', { ids: [item.id] }), t('proposals.items.undone', { name: item.recipientName }))} />
      )}
      <CandidatesDialog open={dialog?.kind === 'candidates'} proposalId={proposal.id} options={options} onClose={() => setDialog(null)}
        onAdd={(items) => act(() => call('proposalItems:add', { proposalId: proposal.id, items }), t('proposals.items.added', { count: items.length }))} />
      <ItemDialog open={dialog?.kind === 'item'} item={dialog?.kind === 'item' ? dialog.item : null} onClose={() => setDialog(null)}
        onSave={(draft) => saveItem(draft, dialog?.kind === 'item' ? dialog.item : null)} />
      <ApproveDialog open={dialog?.kind === 'approve'} count={proposed.length} onClose={() => setDialog(null)}
        onOk={(decision) => act(() => call('proposalItems:approve', { ids: proposed, decision }), t('proposals.approve.done', { count: proposed.length }))} />
      <RejectDialog open={dialog?.kind === 'reject'} count={proposed.length} onClose={() => setDialog(null)}
        onOk={(reason) => act(() => call('proposalItems:reject', { ids: proposed, reason }), t('proposals.reject.done', { count: proposed.length }))} />
    </Flex>
  );
}
