import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MemberPageQuery } from '@shared/members/query';
import { MembersPage } from '../../../renderer/src/features/members/MembersPage';
import { DEFAULT_FILTERS, toListFilter } from '../../../renderer/src/features/members/filters';
import { giveElementsASize, membersScreenBackend, renderInApp, setupI18n } from './harness';
import { listItem } from './fixtures';

const ROWS = [listItem(1, 'Bùi Thị Anh'), listItem(2, 'Lê Văn Đức', { sex: 'male', birthDate: '1979' }), listItem(3, 'Trần Đức Huy', { sex: 'male' })];

/** The members:list calls the grid made for its first block (the empty-state probe asks for 1 row). */
const gridQueries = (inputs: MemberPageQuery[]) => inputs.filter((i) => i.limit === 100);

describe('members list: filters → members:list', { timeout: 40_000 }, () => {
  beforeAll(async () => {
    giveElementsASize();
    await setupI18n();
  });
  afterEach(cleanup);

  it('first asks for active members, one block of 100 from row 0, in the official order (no sort sent)', async () => {
    const backend = membersScreenBackend(ROWS, {}, 1_000_000);
    renderInApp(<MembersPage />);
    await waitFor(() => expect(gridQueries(backend.inputsOf('members:list')).length).toBeGreaterThan(0));
    expect(gridQueries(backend.inputsOf('members:list'))[0]).toEqual({ status: 'active', offset: 0, limit: 100 });
    expect((await screen.findByTestId('members-total')).textContent).toBe('1.000.000 đoàn viên');

    // ↓ in the search box goes down into the list, on the first member's name.
    await waitFor(() => expect(within(screen.getByTestId('members-grid')).getAllByText('Bùi Thị Anh').length).toBeGreaterThan(0));
    fireEvent.keyDown(screen.getByPlaceholderText('Tìm theo tên, CCCD, số thẻ, điện thoại (gõ không dấu cũng được)'), { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.getAttribute('col-id')).toBe('fullName'));
    expect(document.activeElement?.closest('[row-index]')?.getAttribute('row-index')).toBe('0');
  });

  it('searches as you type once typing settles, and filters by year, age and status', async () => {
    const backend = membersScreenBackend(ROWS);
    renderInApp(<MembersPage />);
    await waitFor(() => expect(gridQueries(backend.inputsOf('members:list'))).toHaveLength(1));

    const search = screen.getByPlaceholderText('Tìm theo tên, CCCD, số thẻ, điện thoại (gõ không dấu cũng được)');
    fireEvent.change(search, { target: { value: 'd' } });
    fireEvent.change(search, { target: { value: 'du' } });
    fireEvent.change(search, { target: { value: 'duc' } });
    await waitFor(() => expect(gridQueries(backend.inputsOf('members:list')).some((i) => i.search === 'duc')).toBe(true));
    // Only the settled text went to the backend.
    expect(gridQueries(backend.inputsOf('members:list')).filter((i) => i.search !== undefined).map((i) => i.search)).toEqual(['duc']);
    expect(gridQueries(backend.inputsOf('members:list')).at(-1)).toEqual({ search: 'duc', status: 'active', offset: 0, limit: 100 });

    // A year still being typed is not sent; a full one is.
    const year = screen.getByRole('spinbutton', { name: 'Năm vào CĐ' });
    fireEvent.change(year, { target: { value: '19' } });
    fireEvent.change(year, { target: { value: '1995' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Tuổi từ' }), { target: { value: '30' } });
    await waitFor(() => expect(gridQueries(backend.inputsOf('members:list')).at(-1)).toEqual({ search: 'duc', status: 'active', joinYear: 1995, ageFrom: 30, offset: 0, limit: 100 }));
    expect(gridQueries(backend.inputsOf('members:list')).some((i) => i.joinYear === 19)).toBe(false);

    // Clearing the status shows every member, whatever their status.
    const status = screen.getByRole('combobox', { name: 'Trạng thái' });
    const clear = status.closest('.ant-select')!.querySelector('.ant-select-clear')!;
    fireEvent.mouseDown(clear);
    fireEvent.click(clear);
    await waitFor(() => expect(gridQueries(backend.inputsOf('members:list')).at(-1)).toEqual({ search: 'duc', joinYear: 1995, ageFrom: 30, offset: 0, limit: 100 }));
  });

  it('shows the rows it was given: STT, dates as dd/mm/yyyy, a bare birth year as is', async () => {
    membersScreenBackend(ROWS);
    renderInApp(<MembersPage />);
    const grid = await screen.findByTestId('members-grid');
    await waitFor(() => expect(within(grid).getAllByText('Lê Văn Đức').length).toBeGreaterThan(0));
    expect(within(grid).getAllByText('05/03/1985').length).toBeGreaterThan(0);
    expect(within(grid).getAllByText('1979').length).toBeGreaterThan(0);
    expect(within(grid).getAllByText('01/05/2010').length).toBeGreaterThan(0);
  });

  it('with no members at all, says to admit the first one or import from Excel', async () => {
    membersScreenBackend([]);
    renderInApp(<MembersPage />);
    expect(await screen.findByText('Chưa có đoàn viên nào. Hãy kết nạp đoàn viên đầu tiên, hoặc nhập danh sách có sẵn từ tệp Excel.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nhập từ Excel' }));
    expect(window.location.hash).toBe('#/import');
  });
});

describe('toListFilter', () => {
  it('leaves out what is empty and what the backend would refuse', () => {
    expect(toListFilter(DEFAULT_FILTERS)).toEqual({ status: 'active' });
    expect(
      toListFilter({ ...DEFAULT_FILTERS, search: '  Đức ', status: null, organizationId: 7, sex: 'female', position: 'chair', ageFrom: 30, ageTo: 200, joinYear: 199 }),
    ).toEqual({ search: 'Đức', organizationId: 7, sex: 'female', position: 'chair', ageFrom: 30 });
  });
});
