import { useEffect, useState } from 'react';
import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import type { ProposalItem, ProposalItemDraft } from '@shared/proposals/model';
import { MemberPicker } from '../../components/MemberPicker';
import { UnionPicker } from '../../components/UnionPicker';

const EMPTY: ProposalItemDraft = {
  recipientKind: 'individual',
  memberId: null,
  organizationId: null,
  recipientName: '',
  recipientUnit: '',
  achievement: '',
  note: '',
  source: 'manual',
};

function toDraft(item: ProposalItem): ProposalItemDraft {
  const { recipientKind, memberId, organizationId, recipientName, recipientUnit, achievement, note, source } = item;
  return { recipientKind, memberId, organizationId, recipientName, recipientUnit, achievement, note, source };
}

/** One row typed in: a member or a CĐCS picked from the records (search as you type), or a name typed freely. */
export function ItemDialog({ open, item, onClose, onSave }: { open: boolean; item: ProposalItem | null; onClose(): void; onSave(draft: ProposalItemDraft): Promise<void> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ProposalItemDraft>(EMPTY);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) setDraft(item ? toDraft(item) : EMPTY);
  }, [open, item]);
  const set = (patch: Partial<ProposalItemDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const valid = draft.recipientName.trim() !== '';

  const submit = async () => {
    if (!valid) return;
    setBusy(true);
    try {
      await onSave(draft);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal
      open={open}
      width={680}
      title={item ? t('proposals.item.titleEdit') : t('proposals.item.titleNew')}
      dirty={JSON.stringify(draft) !== JSON.stringify(item ? toDraft(item) : EMPTY)}
      saving={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <Form component={false} layout="vertical" size="small">
          <Form.Item label={t('proposals.item.kind')}>
            <Radio.Group
              value={draft.recipientKind}
              onChange={(e) => set({ recipientKind: e.target.value as ProposalItemDraft['recipientKind'], memberId: null, organizationId: null })}
              options={(['individual', 'collective'] as const).map((k) => ({ value: k, label: t(`proposals.kind.${k}`) }))}
            />
          </Form.Item>
          {draft.recipientKind === 'individual' ? (
            <Form.Item label={t('proposals.item.member')}>
              <MemberPicker
                ariaLabel={t('proposals.item.member')}
                value={draft.memberId}
                onChange={(memberId, member) => set({ memberId, organizationId: null, ...(member ? { recipientName: member.fullName, recipientUnit: '' } : {}) })}
              />
            </Form.Item>
          ) : (
            <Form.Item label={t('proposals.item.union')}>
              <UnionPicker
                ariaLabel={t('proposals.item.union')}
                value={draft.organizationId}
                onChange={(organizationId, union) => set({ organizationId, ...(union ? { recipientName: union.name } : {}) })}
              />
            </Form.Item>
          )}
          <Form.Item label={t('proposals.item.name')} required>
            <Input aria-label={t('proposals.item.name')} value={draft.recipientName} onChange={(e) => set({ recipientName: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('proposals.item.unit')}>
            <Input aria-label={t('proposals.item.unit')} value={draft.recipientUnit} onChange={(e) => set({ recipientUnit: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('proposals.item.achievement')}>
            <Input.TextArea aria-label={t('proposals.item.achievement')} autoSize={{ minRows: 2, maxRows: 6 }} value={draft.achievement} onChange={(e) => set({ achievement: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('proposals.item.note')}>
            <Input aria-label={t('proposals.item.note')} value={draft.note} onChange={(e) => set({ note: e.target.value })} />
          </Form.Item>
          <button type="submit" hidden />
        </Form>
      </form>
    </FormModal>
  );
}
