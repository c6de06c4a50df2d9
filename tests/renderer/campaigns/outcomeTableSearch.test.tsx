import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Page, Work } from '../../../shared/campaigns/model';
import { WorksTab } from '../../../renderer/src/features/campaigns/WorksTab';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const work = (id: number, name: string) => ({ id, organizationId: null, organizationName: null, name, level: 'grassroots', value: 1_000_000, status: 'completed', plaque: false, completedOn: null, note: '' }) as Work;
const ALL = [work(1, 'Nhà văn hóa A'), work(2, 'Cầu B'), work(3, 'Đường C')];

describe('an outcome list searched while an older answer is still on its way', { timeout: 60_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('shows the answer to the latest search, whatever order the answers come back in', async () => {
    // Each call waits until the test answers it, so the test decides the order answers arrive in.
    const pending: { search: string; answer(): void }[] = [];
    fakeBackend({
      'campaignWorks:list': (input) =>
        new Promise<Page<Work>>((resolve) => {
          const search = input.search ?? '';
          const items = ALL.filter((w) => w.name.includes(search));
          pending.push({ search, answer: () => resolve({ total: items.length, items }) });
        }),
    });
    renderInApp(<WorksTab campaignId={7} onChanged={() => undefined} />);
    await waitFor(() => expect(pending).toHaveLength(1));
    await act(async () => pending.shift()!.answer());
    expect(await screen.findByText('Cầu B')).toBeTruthy();

    // "Cầu" is typed, then "Đường" before the answer to "Cầu" has come back.
    const search = screen.getByRole('searchbox');
    fireEvent.change(search, { target: { value: 'Cầu' } });
    await waitFor(() => expect(pending.map((p) => p.search)).toContain('Cầu'));
    fireEvent.change(search, { target: { value: 'Đường' } });
    await waitFor(() => expect(pending.map((p) => p.search)).toContain('Đường'));
    // The latest answer first, then the older ones.
    await act(async () => pending.pop()!.answer());
    while (pending.length > 0) await act(async () => pending.shift()!.answer());

    const rows = within(screen.getByTestId('works-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('Đường C')]);
  });
});
