import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Work, WorkDraft } from '../../../shared/campaigns/model';
import { WorksTab } from '../../../renderer/src/features/campaigns/WorksTab';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

function worksBackend() {
  const works: Work[] = [
    { id: 1, organizationId: null, organizationName: null, name: 'Nhà văn hóa A', level: 'grassroots', value: 120_000_000, status: 'completed', plaque: false, completedOn: '2025-05-01', note: '' },
    { id: 2, organizationId: null, organizationName: null, name: 'Cầu B', level: 'grassroots', value: 2_000_000, status: 'completed', plaque: false, completedOn: '2025-06-02', note: '' },
  ] as Work[];
  const backend = fakeBackend({
    'campaignWorks:list': () => ({ total: works.length, items: works.map((w) => ({ ...w })) }),
    'campaignWorks:save': (input) => {
      const { id, draft } = input as { id?: number; draft: WorkDraft };
      const index = works.findIndex((w) => w.id === id);
      const row = { ...works[index], ...draft, id: id ?? works.length + 1, organizationName: null } as Work;
      if (index >= 0) works[index] = row;
      else works.push(row);
      return row;
    },
  });
  return { works, backend };
}

const dialog = () => screen.getByRole('dialog');
const nameField = () => within(dialog()).getByLabelText<HTMLInputElement>('Tên công trình, phần việc');
const valueField = () => within(dialog()).getByLabelText<HTMLInputElement>('Giá trị (đ)');

async function openRow(name: string) {
  fireEvent.doubleClick(await screen.findByText(name));
  await screen.findByRole('dialog');
}

describe('outcome dialogs (works, initiatives, contests, honours)', { timeout: 60_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('open with exactly the row edited, or empty for a new one, after another row was saved', async () => {
    const { works } = worksBackend();
    renderInApp(<WorksTab campaignId={1} onChanged={() => undefined} />);
    await openRow('Nhà văn hóa A');
    expect(nameField().value).toBe('Nhà văn hóa A');
    fireEvent.change(nameField(), { target: { value: 'Nhà văn hóa A (sửa)' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: /Lưu/ }));
    await waitFor(() => expect(works[0]!.name).toBe('Nhà văn hóa A (sửa)'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: /Thêm/ }));
    await screen.findByRole('dialog');
    expect(nameField().value).toBe('');
    expect(valueField().value).toBe('');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await openRow('Cầu B');
    expect(nameField().value).toBe('Cầu B');
    expect(valueField().value).toBe('2.000.000');
  });

  it('asks before throwing away changes, and Enter in a field does not save', async () => {
    const { backend } = worksBackend();
    renderInApp(<WorksTab campaignId={1} onChanged={() => undefined} />);
    await openRow('Cầu B');
    fireEvent.change(nameField(), { target: { value: 'Cầu B mới' } });
    fireEvent.keyDown(nameField(), { key: 'Enter', code: 'Enter' });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Hủy' }));
    expect((await screen.findAllByText('Bỏ các thay đổi chưa lưu?')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục sửa' }));
    expect(screen.getAllByRole('dialog')[0]!.querySelector<HTMLInputElement>('#name')?.value).toBe('Cầu B mới');
    expect(backend.inputsOf('campaignWorks:save')).toEqual([]);
  });

  it('refuses to save while a money field shows text it cannot read', async () => {
    const { backend } = worksBackend();
    renderInApp(<WorksTab campaignId={1} onChanged={() => undefined} />);
    await openRow('Cầu B');
    fireEvent.change(valueField(), { target: { value: '1,500,000' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: /Lưu/ }));
    expect(await screen.findByText('Sửa các ô đang báo lỗi trước khi lưu.')).toBeTruthy();
    expect(backend.inputsOf('campaignWorks:save')).toEqual([]);
  });
});
