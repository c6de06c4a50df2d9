import { useMemo, useRef, useState } from 'react';
import { App, Button, Empty, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberListItem } from '@shared/members/model';
import type { MemberPage } from '@shared/members/query';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { navigate } from '../../app/routes';
import { AdmitDialog } from './AdmitDialog';
import { EndDialog } from './EndDialog';
import { MemberDrawer } from './MemberDrawer';
import { MemberFilterBar } from './MemberFilterBar';
import { MemberGrid, type MemberGridHandle } from './MemberGrid';
import { ListOutputButtons } from './ListOutputButtons';
import { MembersToolbar, type MemberAction } from './MembersToolbar';
import { SelectedNames } from './SelectedNames';
import { TransferDialog } from './TransferDialog';
import { routeParams } from '../../app/routes';
import { DEFAULT_FILTERS, hasCustomFilters, toListFilter, type MemberFilters } from './filters';
import { useDebounced } from '../../components/useDebounced';
import { useUndoMessage } from '../audit/useUndoMessage';
import './gridSetup';
import { errorText } from '../../api/errorText';
import { useLoad } from '../../components/useLoad';

/** Typing in the search box settles this long before the list reloads. */
export const FILTER_DEBOUNCE_MS = 200;

type Dialog = Exclude<MemberAction, 'delete'> | null;

function TotalText({ page, selected }: { page: Pick<MemberPage, 'total' | 'totalCapped'> | null; selected: number }) {
  const { t } = useTranslation();
  const total = !page
    ? t('members.loadingTotal')
    : page.totalCapped
      ? t('members.totalCapped', { n: formatNumber(page.total) })
      : t('members.total', { n: formatNumber(page.total) });
  return (
    <Space size={12}>
      <Typography.Text type="secondary" data-testid="members-total">
        {total}
      </Typography.Text>
      {selected > 0 && <Typography.Text strong>{t('members.selected', { n: formatNumber(selected) })}</Typography.Text>}
    </Space>
  );
}

async function countMembersAndUnions() {
  const { total } = await call('members:list', { offset: 0, limit: 1 });
  return { members: total, unions: total > 0 ? 1 : (await call('unions:list', { includeDissolved: false, offset: 0, limit: 1 })).total };
}

/** What to do when the list is empty: start the office's membership, or loosen the filters. */
function EmptyState({ filtered, onAdmit, onClear }: { filtered: boolean; onAdmit(): void; onClear(): void }) {
  const { t } = useTranslation();
  // Any member at all? Only an office without members needs to know whether it has CĐCS.
  const { data: counts } = useLoad<{ members: number; unions: number } | null>(countMembersAndUnions, null, { showError: false });
  if (!counts) return null;
  if (counts.unions === 0 && counts.members === 0) {
    return (
      <Empty description={t('members.empty.noUnions')}>
        <Button type="primary" onClick={() => navigate('unions')}>
          {t('members.empty.goToUnions')}
        </Button>
      </Empty>
    );
  }
  if (counts.members === 0) {
    return (
      <Empty description={t('members.empty.noMembers')}>
        <Space>
          <Button type="primary" onClick={onAdmit}>
            {t('members.empty.admitFirst')}
          </Button>
          <Button onClick={() => navigate('import')}>{t('members.empty.importExcel')}</Button>
        </Space>
      </Empty>
    );
  }
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('members.empty.noMatch')}>
      {filtered && <Button onClick={onClear}>{t('members.filters.clear')}</Button>}
    </Empty>
  );
}

export function MembersPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const showUndo = useUndoMessage();
  // "Xem đoàn viên" on a CĐCS opens #/members?union=ID: start filtered by it.
  const [filters, setFilters] = useState<MemberFilters>(() => {
    const union = Number(routeParams().get('union'));
    return Number.isInteger(union) && union > 0 ? { ...DEFAULT_FILTERS, organizationId: union } : DEFAULT_FILTERS;
  });
  const applied = useDebounced(filters, FILTER_DEBOUNCE_MS);
  const query = useMemo(() => toListFilter(applied), [applied]);
  const [version, setVersion] = useState(0);
  const [page, setPage] = useState<Pick<MemberPage, 'total' | 'totalCapped'> | null>(null);
  const [selected, setSelected] = useState<MemberListItem[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const grid = useRef<MemberGridHandle>(null);
  const { i18n } = useTranslation();
  // Kept while a dialog closes, so its title does not change during the animation.
  const [admitMode, setAdmitMode] = useState<'admit' | 'transferIn'>('admit');
  const [endKind, setEndKind] = useState<'left' | 'deceased'>('left');

  const changed = () => {
    setDialog(null);
    setSelected([]);
    setVersion((v) => v + 1);
  };

  const confirmDelete = () => {
    const n = formatNumber(selected.length);
    const ids = selected.map((m) => m.id);
    modal.confirm({
      title: t('members.delete.title', { n }),
      content: (
        <>
          <SelectedNames members={selected} />
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('members.delete.content')}
          </Typography.Paragraph>
        </>
      ),
      width: 520,
      okText: t('members.delete.ok', { n }),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      autoFocusButton: 'cancel',
      onOk: async () => {
        try {
          const { deleted, undoId } = await call('members:delete', { ids });
          showUndo(t('members.delete.done', { n: formatNumber(deleted) }), undoId, changed);
          changed();
        } catch (error) {
          void message.error(errorText(error));
        }
      },
    });
  };

  const act = (action: MemberAction) => {
    if (action === 'delete') return confirmDelete();
    if (action === 'admit' || action === 'transferIn') setAdmitMode(action);
    if (action === 'left' || action === 'deceased') setEndKind(action);
    setDialog(action);
  };

  return (
    <Flex vertical gap={8} style={{ height: 'calc(100vh - 88px)', minHeight: 420 }}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex align="baseline" gap={12}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('members.title')}
          </Typography.Title>
          <TotalText page={page} selected={selected.length} />
        </Flex>
        <Flex gap={8} wrap>
          <ListOutputButtons filter={query} />
          <MembersToolbar selected={selected} onAction={act} />
        </Flex>
      </Flex>
      <MemberFilterBar value={filters} onChange={setFilters} onArrowDown={() => grid.current?.focusFirstRow()} />
      <div style={{ flex: 1, minHeight: 0, position: 'relative' }}>
        <MemberGrid
          key={i18n.language}
          ref={grid}
          query={query}
          version={version}
          onPage={setPage}
          onError={(error) => void message.error(errorText(error))}
          onSelectionChange={setSelected}
          onOpen={(member) => setOpenId(member.id)}
        />
        {page?.total === 0 && (
          <Flex
            align="center"
            justify="center"
            style={{ position: 'absolute', inset: '40px 1px 1px 1px', background: '#fff', borderRadius: '0 0 6px 6px' }}
          >
            <EmptyState
              key={version}
              filtered={hasCustomFilters(filters)}
              onAdmit={() => act('admit')}
              onClear={() => setFilters(DEFAULT_FILTERS)}
            />
          </Flex>
        )}
      </div>

      <AdmitDialog
        key={admitMode}
        mode={admitMode}
        open={dialog === 'admit' || dialog === 'transferIn'}
        defaultOrganizationId={filters.organizationId}
        onClose={() => setDialog(null)}
        onDone={changed}
      />
      <TransferDialog members={selected} open={dialog === 'transfer'} onClose={() => setDialog(null)} onDone={changed} />
      <EndDialog
        kind={endKind}
        members={selected}
        open={dialog === 'left' || dialog === 'deceased'}
        onClose={() => setDialog(null)}
        onDone={changed}
      />
      <MemberDrawer memberId={openId} onClose={() => setOpenId(null)} onSaved={() => setVersion((v) => v + 1)} />
    </Flex>
  );
}
