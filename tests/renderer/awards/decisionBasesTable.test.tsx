import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { DecisionBasis } from '../../../shared/awards/decisionBases';
import { DecisionBasesTable } from '../../../renderer/src/features/awards/DecisionBasesTable';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const ROWS: DecisionBasis[] = [
  { id: 1, issuerLevel: 'own_office', position: 10, text: 'Căn cứ Luật Công đoàn năm 2012;', validFrom: null, validTo: '2025-06-30' },
  { id: 2, issuerLevel: 'own_office', position: 10, text: 'Căn cứ Luật Công đoàn năm 2024;', validFrom: '2025-07-01', validTo: null },
];

describe('căn cứ of decisions, editable', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('lists each line with the dates it applies (dd/mm/yyyy) and saves a new line', async () => {
    const fake = fakeBackend({
      'decisionBases:list': () => ROWS,
      'decisionBases:save': (input) => [...ROWS, { id: 3, issuerLevel: 'own_office', position: input.position ?? 0, text: input.text, validFrom: null, validTo: null }],
    });
    renderInApp(<DecisionBasesTable />);
    const row2024 = (await screen.findByText('Căn cứ Luật Công đoàn năm 2024;')).closest('tr')!;
    expect(within(row2024).getByText('Từ 01/07/2025')).toBeTruthy();
    const row2012 = screen.getByText('Căn cứ Luật Công đoàn năm 2012;').closest('tr')!;
    expect(within(row2012).getByText('Đến 30/06/2025')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Thêm căn cứ/ }));
    fireEvent.change(await screen.findByLabelText('Nội dung'), { target: { value: 'Căn cứ Kế hoạch số 80/KH-LĐLĐ;' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    });
    expect(fake.inputsOf('decisionBases:save')).toEqual([{ issuerLevel: 'own_office', position: 60, text: 'Căn cứ Kế hoạch số 80/KH-LĐLĐ;', validFrom: null, validTo: null }]);
  });
});
