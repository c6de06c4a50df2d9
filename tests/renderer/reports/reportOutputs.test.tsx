import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { ReportOutputs } from '../../../renderer/src/features/reports/ReportOutputs';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

describe('the report outputs', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  const handlers = {
    'files:chooseSavePath': () => ({ target: null, name: null }),
    'reports:export': () => ({ file: '/data/exports/bao-cao-tong-ket-2025.xlsx' }),
  } as const;

  it('does not export the draft while an edit of its text is unsaved, and says so', async () => {
    const backend = fakeBackend(handlers);
    renderInApp(<ReportOutputs year={2025} version={null} beforeOutput={async () => false} />);
    fireEvent.click(screen.getByRole('button', { name: /Xuất Excel số liệu/ }));
    expect(await screen.findByText(/chưa lưu được nên chưa thực hiện/)).toBeTruthy();
    expect(backend.inputsOf('reports:export')).toEqual([]);
  });

  it('exports once the pending edits are saved', async () => {
    const backend = fakeBackend(handlers);
    let saved = 0;
    renderInApp(<ReportOutputs year={2025} version={null} beforeOutput={async () => (saved++, true)} />);
    fireEvent.click(screen.getByRole('button', { name: /Xuất Excel số liệu/ }));
    await waitFor(() => expect(backend.inputsOf('reports:export')).toEqual([{ year: 2025, format: 'xlsx' }]));
    expect(saved).toBe(1);
  });
});
