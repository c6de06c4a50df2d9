import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReportFigure } from '../../../shared/reports/model';
import { FiguresTable } from '../../../renderer/src/features/reports/FiguresTable';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const base = { section: 'members', unit: 'đoàn viên', lastYear: 90, target: 200, change: 10, percentOfTarget: 50, reason: '', note: '' };
const FIGURES: ReportFigure[] = [
  { ...base, code: 'members.admitted', label: 'Kết nạp đoàn viên mới', value: 100, computed: 100, source: 'data' },
  { ...base, code: 'care.people', label: 'Lượt người được chăm lo', value: null, computed: null, lastYear: null, change: null, percentOfTarget: null, source: 'data' },
  { ...base, code: 'members.total', label: 'Tổng số đoàn viên', value: 1500, computed: 1450, source: 'override', reason: 'Theo LĐLĐ' },
];

describe('the report statistics table', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('shows values in Vietnamese format with their sources and a mark for missing figures', async () => {
    fakeBackend({});
    renderInApp(<FiguresTable year={2025} figures={FIGURES} readOnly={false} onChanged={() => undefined} />);
    expect(await screen.findByText('1.500')).toBeTruthy();
    expect(screen.getByText('Điều chỉnh')).toBeTruthy();
    expect(screen.getByText('Chưa có — nhập tay')).toBeTruthy();
    expect(screen.getAllByText('50%').length).toBeGreaterThan(0);
  });

  it('refuses an override without a reason and sends one with it', async () => {
    const backend = fakeBackend({ 'reports:setFigure': () => ({ ...FIGURES[0]!, value: 120, source: 'override' as const, reason: 'Số liệu LĐLĐ' }) });
    let changed = 0;
    renderInApp(<FiguresTable year={2025} figures={FIGURES} readOnly={false} onChanged={() => changed++} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa Kết nạp đoàn viên mới' }));
    const dialog = await screen.findByRole('dialog');
    const value = within(dialog).getByLabelText('Số liệu trong báo cáo');
    fireEvent.change(value, { target: { value: '120' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /Lưu/ }));
    expect(await screen.findByText('Ghi lý do điều chỉnh số liệu tính từ dữ liệu.')).toBeTruthy();
    expect(backend.inputsOf('reports:setFigure')).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText(/Lý do điều chỉnh/), { target: { value: 'Số liệu LĐLĐ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /Lưu/ }));
    await waitFor(() => expect(backend.inputsOf('reports:setFigure')).toEqual([{ year: 2025, code: 'members.admitted', value: 120, reason: 'Số liệu LĐLĐ', note: '' }]));
    await waitFor(() => expect(changed).toBe(1));
  });

  it('has no edit buttons on a finalised version', async () => {
    fakeBackend({});
    renderInApp(<FiguresTable year={2025} figures={FIGURES} readOnly onChanged={() => undefined} />);
    await screen.findByText('1.500');
    expect(screen.queryAllByRole('button', { name: /^Sửa / })).toEqual([]);
  });
});
