import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TargetList } from '../../../shared/ipc/contracts/statistics';
import type { YearFigure } from '../../../shared/statistics/figures';
import type { TargetView } from '../../../shared/statistics/targets';
import { StatisticsPage } from '../../../renderer/src/features/statistics/StatisticsPage';
import { TargetsPage } from '../../../renderer/src/features/statistics/TargetsPage';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const PERIOD = { year: 2025, from: '2024-12-01', to: '2025-11-30' };

const target = (extra: Partial<TargetView>): TargetView => ({
  id: 1,
  year: 2025,
  code: 'CT01',
  name: 'Kết nạp đoàn viên mới',
  unit: 'đoàn viên',
  target: 400,
  assignedBy: 'upper',
  assigneeOrganizationId: null,
  assigneeClusterId: null,
  metric: 'members.admitted',
  note: '',
  position: 1,
  assigneeName: '',
  metricLabel: 'Kết nạp đoàn viên mới',
  actual: 620,
  source: 'data',
  manualActual: null,
  manualBy: null,
  manualAt: null,
  percent: 155,
  status: 'exceeded',
  ...extra,
});

const LIST: TargetList = {
  year: 2025,
  period: PERIOD,
  metrics: [{ code: 'members.admitted', label: 'Kết nạp đoàn viên mới', unit: 'đoàn viên', section: 'members', computed: true, scoped: true }],
  targets: [
    target({}),
    target({ id: 2, code: 'CT05', name: 'Ký mới thỏa ước lao động tập thể', unit: 'bản', target: 20, metric: 'agreements.collective', metricLabel: 'Thỏa ước', actual: null, source: 'manual', percent: null, status: null }),
  ],
};

describe('targets page (chỉ tiêu)', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('shows target, actual, % and đạt/vượt, and sends a typed actual for a target without data', async () => {
    window.location.hash = '#/targets?year=2025';
    let list = LIST;
    const backend = fakeBackend({
      'targets:list': () => list,
      'targets:setActual': ({ id, value }) => {
        const typed = target({ ...LIST.targets[1], id, actual: value, manualActual: value, percent: 155, status: 'exceeded', manualBy: 'Chị Lan', manualAt: '2025-11-20T08:00:00.000Z' });
        list = { ...LIST, targets: [LIST.targets[0]!, typed] };
        return typed;
      },
    });
    renderInApp(<TargetsPage />);
    const row = (await screen.findByText('Kết nạp đoàn viên mới', { selector: 'span' })).closest('tr')!;
    expect(within(row).getByText('620')).toBeTruthy();
    expect(within(row).getByText('155%')).toBeTruthy();
    expect(within(row).getByText('Vượt')).toBeTruthy();
    expect(within(row).getByText('Từ dữ liệu')).toBeTruthy();
    expect(screen.getByText('Số liệu từ 01/12/2024 đến 30/11/2025')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Nhập kết quả: Ký mới thỏa ước lao động tập thể' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Thực hiện'), { target: { value: '31' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /Lưu/ }));
    await waitFor(() => expect(backend.inputsOf('targets:setActual')).toEqual([{ id: 2, value: 31 }]));
    const typedRow = (await screen.findByText('Ký mới thỏa ước lao động tập thể', { selector: 'span' })).closest('tr')!;
    await waitFor(() => expect(within(typedRow).getByText('31')).toBeTruthy());
    expect(within(typedRow).getByText('Nhập tay')).toBeTruthy();
  });

  it('says what to do first when the year has no targets', async () => {
    window.location.hash = '#/targets?year=2026';
    fakeBackend({ 'targets:list': () => ({ ...LIST, year: 2026, targets: [] }) });
    renderInApp(<TargetsPage />);
    expect(await screen.findByText(/Năm 2026 chưa có chỉ tiêu/)).toBeTruthy();
  });
});

describe('statistics page (thống kê)', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('shows each section with this year, last year, the change and % of target', async () => {
    window.location.hash = '#/statistics?year=2025';
    const figures: YearFigure[] = [
      { code: 'members.total', section: 'members', label: 'Tổng số đoàn viên', unit: 'đoàn viên', value: 12345, lastYear: 12000, target: 12500 },
      { code: 'agreements.collective', section: 'representation', label: 'Thỏa ước lao động tập thể ký mới', unit: 'bản', value: null, lastYear: null, target: 20 },
    ];
    fakeBackend({ 'statistics:year': () => ({ period: PERIOD, figures, afterCutoff: { decisions: 0, awards: 0 } }), 'care:list': () => [] });
    renderInApp(<StatisticsPage />);
    const row = (await screen.findByText('Tổng số đoàn viên')).closest('tr')!;
    for (const text of ['12.345', '12.000', '+345', '12.500', '98,8%']) expect(within(row).getByText(text)).toBeTruthy();
    const typed = screen.getByText('Thỏa ước lao động tập thể ký mới').closest('tr')!;
    expect(within(typed).getByText('nhập tay')).toBeTruthy();
  });
});
