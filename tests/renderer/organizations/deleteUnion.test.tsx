import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { UnionDrawer } from '../../../renderer/src/features/organizations/UnionDrawer';
import { BackendError, fakeBackend, renderInApp, setupI18n } from '../members/harness';
import { union, unionDetail } from '../members/fixtures';

const UNION = unionDetail(union(42, 'CD042', 'Công đoàn Công ty Tạo Nhầm'));

const history = { 'awardHistory:get': () => [], 'audit:list': () => ({ rows: [], total: 0 }), 'geo:provinces': () => ({ version: '1', effectiveFrom: '2025-07-01', legalBasis: '', provinces: [] }) };

/** The confirmation "Xóa" opens (antd's confirm: found by its title). */
async function openQuestion(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: 'Xóa' }));
  const titles = await screen.findAllByText(`Xóa "${UNION.name}"?`);
  const dialog = titles.map((title) => title.closest<HTMLElement>('.ant-modal-confirm')).find((found) => found !== null);
  expect(dialog?.textContent).toContain('hãy giải thể');
  return dialog!;
}

async function confirmDelete() {
  fireEvent.click(within(await openQuestion()).getByRole('button', { name: 'Xóa CĐCS này' }));
}

describe('"Xóa" in a CĐCS\'s drawer', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('asks first, deletes through the backend, then offers "Hoàn tác", which puts it back', async () => {
    const backend = fakeBackend({
      ...history,
      'unions:delete': () => ({ deleted: 1, undoId: 77 }),
      'changes:undo': () => ({ removed: 0, restored: 1 }),
    });
    const onDeleted = vi.fn();
    renderInApp(<UnionDrawer open union={UNION} onClose={() => undefined} onChanged={() => undefined} onDeleted={onDeleted} />);
    await confirmDelete();
    await screen.findByText(`Đã xóa "${UNION.name}".`);
    expect(backend.inputsOf('unions:delete')).toEqual([{ id: 42 }]);
    expect(onDeleted).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await waitFor(() => expect(backend.inputsOf('changes:undo')).toEqual([{ id: 77 }]));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(2));
  });

  it('a CĐCS in use is refused by the backend, whose message says to dissolve it; nothing else happens', async () => {
    const inUse = 'Không xóa được "Công đoàn Công ty Tạo Nhầm": CĐCS này đã có dữ liệu. CĐCS đã dùng thì hãy giải thể.';
    const backend = fakeBackend({
      ...history,
      'unions:delete': () => {
        throw new BackendError({ code: 'UNION_IN_USE', message: inUse });
      },
    });
    const onDeleted = vi.fn();
    renderInApp(<UnionDrawer open union={UNION} onClose={() => undefined} onChanged={() => undefined} onDeleted={onDeleted} />);
    await confirmDelete();
    await screen.findByText(inUse);
    expect(backend.inputsOf('unions:delete')).toEqual([{ id: 42 }]);
    expect(onDeleted).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
  });

  it('cancelling the question deletes nothing', async () => {
    const backend = fakeBackend({ ...history, 'unions:delete': () => ({ deleted: 1, undoId: 1 }) });
    renderInApp(<UnionDrawer open union={UNION} onClose={() => undefined} onChanged={() => undefined} onDeleted={() => undefined} />);
    fireEvent.click(within(await openQuestion()).getByRole('button', { name: 'Hủy' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(backend.inputsOf('unions:delete')).toEqual([]);
  });
});
