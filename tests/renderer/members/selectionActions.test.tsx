import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MembersPage } from '../../../renderer/src/features/members/MembersPage';
import { BackendError, giveElementsASize, membersScreenBackend, renderInApp, setupI18n } from './harness';
import { listItem } from './fixtures';

const ROWS = [listItem(11, 'Bùi Thị Anh'), listItem(12, 'Lê Văn Đức', { sex: 'male' }), listItem(13, 'Trần Đức Huy', { sex: 'male', status: 'left' })];

/** Tick the row of `name` with its checkbox. */
async function tick(name: string) {
  const grid = await screen.findByTestId('members-grid');
  const cell = await waitFor(() => within(grid).getAllByText(name)[0]!);
  const rowIndex = cell.closest('[row-index]')!.getAttribute('row-index');
  const box = grid.querySelector<HTMLInputElement>(`[row-index="${rowIndex}"] .ag-selection-checkbox input`);
  expect(box, `checkbox of ${name}`).toBeTruthy();
  fireEvent.click(box!);
}

const button = (name: string) => screen.getByRole('button', { name: new RegExp(name) }) as HTMLButtonElement;

describe('actions on the ticked members', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    giveElementsASize();
    await setupI18n();
  });
  afterEach(cleanup);

  it('transfers them to another CĐCS, says so, and reloads the list', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 5, 10));
    const backend = membersScreenBackend(ROWS, { 'members:transfer': ({ memberIds }) => ({ transferred: memberIds.length }) });
    renderInApp(<MembersPage />);
    expect(button('Chuyển sinh hoạt').disabled).toBe(true);
    await tick('Bùi Thị Anh');
    await tick('Lê Văn Đức');
    expect(await screen.findByText('Đã chọn 2')).toBeTruthy();
    expect(button('Chuyển sinh hoạt').disabled).toBe(false);
    fireEvent.click(button('Chuyển sinh hoạt'));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Chuyển sinh hoạt 2 đoàn viên')).toBeTruthy();
    const picker = within(dialog).getByRole('combobox');
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: 'mầm non' } });
    fireEvent.click(await screen.findByText('CS0008 — Công đoàn cơ sở Trường Mầm non Ánh Dương'));
    fireEvent.change(within(dialog).getByLabelText('Số quyết định'), { target: { value: '15/QĐ-LĐLĐ' } });
    const listCallsBefore = backend.inputsOf('members:list').length;
    fireEvent.click(within(dialog).getByRole('button', { name: /Chuyển sinh hoạt/ }));

    await waitFor(() => expect(backend.inputsOf('members:transfer')).toHaveLength(1));
    expect(backend.inputsOf('members:transfer')[0]).toEqual({ memberIds: [11, 12], date: '2026-03-05', decisionNo: '15/QĐ-LĐLĐ', toOrganizationId: 8 });
    expect(await screen.findByText('Đã chuyển 2 đoàn viên sang Công đoàn cơ sở Trường Mầm non Ánh Dương.')).toBeTruthy();
    await waitFor(() => expect(backend.inputsOf('members:list').length).toBeGreaterThan(listCallsBefore));
    vi.useRealTimers();
  });

  it('will not move or end someone who already left, and says why', async () => {
    membersScreenBackend(ROWS);
    renderInApp(<MembersPage />);
    await tick('Bùi Thị Anh');
    await tick('Trần Đức Huy');
    expect(await screen.findByText('Đã chọn 2')).toBeTruthy();
    expect(button('Chuyển sinh hoạt').disabled).toBe(true);
    expect(button('Thôi sinh hoạt').disabled).toBe(true);
    expect(button('Xóa').disabled).toBe(false);
  });

  it('deletes only after a confirmation that says how many', async () => {
    const backend = membersScreenBackend(ROWS, { 'members:delete': ({ ids }) => ({ deleted: ids.length, undoId: 1 }) });
    renderInApp(<MembersPage />);
    await tick('Bùi Thị Anh');
    await tick('Lê Văn Đức');
    expect(await screen.findByText('Đã chọn 2')).toBeTruthy();
    fireEvent.click(button('Xóa'));
    expect((await screen.findAllByText('Xóa hẳn 2 đoàn viên?')).length).toBeGreaterThan(0);
    expect(backend.inputsOf('members:delete')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Xóa 2 đoàn viên' }));
    await waitFor(() => expect(backend.inputsOf('members:delete')).toEqual([{ ids: [11, 12] }]));
    expect(await screen.findByText('Đã xóa 2 đoàn viên.')).toBeTruthy();
  });

  it('records leaving (thôi sinh hoạt) with the date, decision and reason', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 20, 10));
    const backend = membersScreenBackend(ROWS, { 'members:end': ({ memberIds }) => ({ updated: memberIds.length }) });
    renderInApp(<MembersPage />);
    await tick('Lê Văn Đức');
    expect(await screen.findByText('Đã chọn 1')).toBeTruthy();
    expect(button('Thôi sinh hoạt').disabled).toBe(false);
    fireEvent.click(button('Thôi sinh hoạt'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Ghi chú (lý do)'), { target: { value: 'Nghỉ việc' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /Ghi nhận thôi sinh hoạt/ }));
    await waitFor(() => expect(backend.inputsOf('members:end')).toEqual([{ memberIds: [12], kind: 'left', date: '2026-11-20', decisionNo: '', note: 'Nghỉ việc' }]));
    expect(await screen.findByText('Đã ghi nhận thôi sinh hoạt cho 1 đoàn viên.')).toBeTruthy();
    vi.useRealTimers();
  });

  it('shows the refusal as it comes and keeps the dialog open when leaving cannot be recorded', async () => {
    const refusal = 'Đoàn viên Lê Văn Đức đã thôi sinh hoạt.';
    const backend = membersScreenBackend(ROWS, {
      'members:end': () => {
        throw new BackendError({ code: 'MEMBER_NOT_ACTIVE', message: refusal });
      },
    });
    renderInApp(<MembersPage />);
    await tick('Lê Văn Đức');
    expect(await screen.findByText('Đã chọn 1')).toBeTruthy();
    fireEvent.click(button('Thôi sinh hoạt'));
    const dialog = await screen.findByRole('dialog');
    const listCallsBefore = backend.inputsOf('members:list').length;
    fireEvent.click(within(dialog).getByRole('button', { name: /Ghi nhận thôi sinh hoạt/ }));
    expect(await screen.findByText(refusal)).toBeTruthy();
    expect(backend.inputsOf('members:end')).toHaveLength(1);
    expect(dialog.isConnected).toBe(true);
    expect(within(dialog).getByLabelText('Ghi chú (lý do)')).toBeTruthy();
    expect(backend.inputsOf('members:list')).toHaveLength(listCallsBefore);
  });
});
