import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { DashboardYear } from '../../../shared/ipc/contracts/dashboard';
import type { OrganizationSummary } from '../../../shared/ipc/contracts/organizations';
import type { TargetList } from '../../../shared/ipc/contracts/statistics';
import type { Settings } from '../../../shared/settings/schema';
import type { TargetView } from '../../../shared/statistics/targets';
import { DashboardPage } from '../../../renderer/src/features/dashboard/DashboardPage';
import { useAppStore } from '../../../renderer/src/stores/appStore';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';
import { emptyDashboardYear } from '../../fixtures/dashboardYear';

const SUMMARY: OrganizationSummary = {
  grassrootsTotal: 30,
  grassrootsActive: 28,
  workersTotal: 12_000,
  workersFemale: 5_000,
  bySector: [{ sector: 'private_enterprise', count: 28, members: 9_000 }],
  members: { active: 9_000, female: 4_000, admittedThisYear: 120, year: 2026 },
};

const EMPTY = emptyDashboardYear(2026);

const YEAR: DashboardYear = {
  ...EMPTY,
  campaigns: { count: 5, works: 1_234, initiatives: 113 },
  clusters: { total: 3, scored: 2 },
  decisions: { ...EMPTY.decisions, count: 3, awards: 18, amount: 17_680_000 },
  certificatesUnprinted: 64,
  proposals: { pending: 1, pendingItems: 4, drafts: 0 },
  report: { state: 'final', savedAt: '2026-12-01T08:00:00.000Z', version: 2, finalizedAt: '2026-12-05T12:00:00.000Z' },
};

const target = (id: number, name: string, status: TargetView['status'], percent: number | null) =>
  ({ id, year: 2026, code: `CT${id}`, name, target: 100, status, percent, actual: percent }) as TargetView;

const TARGETS: TargetList = {
  year: 2026,
  period: { year: 2026, from: '2025-12-01', to: '2026-11-30' },
  metrics: [],
  targets: [
    target(1, 'Kết nạp đoàn viên mới', 'exceeded', 155),
    target(2, 'Thành lập CĐCS mới', 'met', 100),
    target(3, 'Ký thỏa ước lao động tập thể', 'not_met', 40),
    target(4, 'Phát triển đảng viên', 'not_met', 62.5),
    target(5, 'Tổ chức đối thoại', 'not_met', 80),
    target(6, 'Xây dựng Mái ấm Công đoàn', 'not_met', 10),
    target(7, 'Chăm lo Tết', null, null),
  ],
};

function open(year: DashboardYear, targets: TargetList, summary = SUMMARY) {
  useAppStore.setState({ settings: { 'office.workingYear': 2026 } as Settings });
  window.location.hash = '#/dashboard';
  const backend = fakeBackend({
    'organizations:summary': () => summary,
    'dashboard:year': () => year,
    'targets:list': () => targets,
  });
  renderInApp(<DashboardPage />);
  return backend;
}

describe('dashboard (tổng quan) of the working year', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('shows each card\'s figures the Vietnamese way and links to where the work is done', async () => {
    const backend = open(YEAR, TARGETS);
    const emulation = await screen.findByTestId('emulation-campaigns');
    expect(emulation.textContent).toContain('5 phong trào · 1.234 công trình · 113 sáng kiến');
    expect(screen.getByTestId('emulation-clusters').textContent).toContain('Cụm, khối: 2/3 đã chấm điểm — còn 1 chưa chấm');
    expect(screen.getByTestId('awards-decisions').textContent).toContain('3 quyết định của đơn vị · 18 lượt · 17.680.000 đ');
    expect(screen.getByTestId('awards-certificates').textContent).toContain('64 bằng, giấy khen chưa in');
    expect(screen.getByTestId('awards-proposals').textContent).toContain('1 tờ trình chờ cấp trên (4 đề nghị)');
    expect(screen.getByTestId('report-state').textContent).toContain('Đã chốt bản 2 ngày 05/12/2026');
    expect(backend.inputsOf('dashboard:year')).toEqual([{ year: 2026 }]);
    expect(backend.inputsOf('targets:list')).toEqual([{ year: 2026 }]);

    // 2 of 7 reached; the first three not met named, the fourth counted.
    expect((await screen.findByTestId('targets-reached')).textContent).toContain('2/7 chỉ tiêu đạt hoặc vượt');
    const notMet = screen.getByTestId('targets-not-met');
    const named = within(notMet).getAllByRole('listitem').map((li) => li.textContent);
    expect(named).toEqual(['Ký thỏa ước lao động tập thể (40%)', 'Phát triển đảng viên (62,5%)', 'Tổ chức đối thoại (80%)']);
    expect(notMet.textContent).toContain('và 1 chỉ tiêu khác');
    expect(screen.getByTestId('card-targets').textContent).toContain('1 chỉ tiêu chưa có số thực hiện');

    fireEvent.click(within(emulation).getByRole('button', { name: /Phong trào/ }));
    expect(window.location.hash).toBe('#/campaigns?year=2026');
    fireEvent.click(within(screen.getByTestId('emulation-clusters')).getByRole('button', { name: /Chấm điểm/ }));
    expect(window.location.hash).toBe('#/scoring?year=2026');
    fireEvent.click(within(screen.getByTestId('awards-certificates')).getByRole('button', { name: /In bằng/ }));
    expect(window.location.hash).toBe('#/certificates');
    fireEvent.click(within(screen.getByTestId('report-state')).getByRole('button', { name: 'Mở báo cáo' }));
    expect(window.location.hash).toBe('#/report');
  });

  it('says what to do first in an empty year', async () => {
    open(EMPTY, { ...TARGETS, targets: [] });
    const campaigns = await screen.findByTestId('emulation-campaigns');
    expect(campaigns.textContent).toContain('Chưa có phong trào nào năm 2026');
    expect(screen.getByTestId('emulation-clusters').textContent).toContain('Chưa lập cụm, khối thi đua năm 2026');
    expect(screen.getByTestId('awards-decisions').textContent).toContain('Chưa có quyết định khen thưởng nào trong kỳ thống kê năm 2026 (01/12/2025–30/11/2026)');
    expect(screen.getByTestId('report-state').textContent).toContain('Chưa bắt đầu báo cáo tổng kết năm 2026');
    await waitFor(() => expect(screen.getByTestId('card-targets').textContent).toContain('Chưa có chỉ tiêu nào năm 2026'));

    fireEvent.click(within(campaigns).getByRole('button', { name: 'Thêm phong trào' }));
    expect(window.location.hash).toBe('#/campaigns?year=2026');
    fireEvent.click(within(screen.getByTestId('card-targets')).getByRole('button', { name: 'Nhập chỉ tiêu' }));
    expect(window.location.hash).toBe('#/targets?year=2026');
    fireEvent.click(within(screen.getByTestId('report-state')).getByRole('button', { name: 'Bắt đầu báo cáo' }));
    expect(window.location.hash).toBe('#/report');
  });

  it('shows a draft report with when it was last saved', async () => {
    open({ ...YEAR, report: { state: 'draft', savedAt: '2026-11-20T12:00:00.000Z', version: null, finalizedAt: null } }, TARGETS);
    const report = await screen.findByTestId('report-state');
    expect(report.textContent).toMatch(/Bản nháp, lưu lần cuối 20\/11\/2026 \d{2}:\d{2}/);
    expect(within(report).getByRole('button', { name: 'Mở báo cáo' })).toBeTruthy();
  });

  it('shows the year\'s cards before the counts over every member arrive, and asks the targets only after them', async () => {
    useAppStore.setState({ settings: { 'office.workingYear': 2026 } as Settings });
    const summary = deferred<OrganizationSummary>();
    const year = deferred<DashboardYear>();
    const backend = fakeBackend({ 'organizations:summary': () => summary.promise, 'dashboard:year': () => year.promise, 'targets:list': () => TARGETS });
    renderInApp(<DashboardPage />);
    const asked = () => backend.calls.map((c) => c.channel).filter((channel) => channel !== 'backups:status');

    // The frame stands while the backend works: the title, the year's heading, the cards' frames.
    expect(await screen.findByRole('heading', { name: 'Công việc năm 2026' })).toBeTruthy();
    expect(screen.getByTestId('card-members').textContent).toContain('Đoàn viên đang sinh hoạt');
    // The year's cards are asked before the summary; the targets' actuals (figures over the whole office) wait for them.
    await waitFor(() => expect(asked()).toEqual(['dashboard:year', 'organizations:summary']));

    year.resolve(YEAR);
    expect((await screen.findByTestId('awards-decisions')).textContent).toContain('3 quyết định của đơn vị');
    expect((await screen.findByTestId('targets-reached')).textContent).toContain('2/7 chỉ tiêu đạt hoặc vượt');
    expect(asked()).toEqual(['dashboard:year', 'organizations:summary', 'targets:list']);
    expect(screen.queryByText('9.000')).toBeNull();

    summary.resolve(SUMMARY);
    await waitFor(() => expect(screen.getByTestId('card-members').textContent).toContain('9.000'));
    expect(screen.getByTestId('card-sectors').textContent).toContain('9.000 đoàn viên');
  });

  it('gives an office without any CĐCS its first steps instead of the cards', async () => {
    open(EMPTY, { ...TARGETS, targets: [] }, { ...SUMMARY, grassrootsTotal: 0, grassrootsActive: 0, bySector: [] });
    expect(await screen.findByRole('button', { name: /Nhập danh sách/ })).toBeTruthy();
    expect(screen.queryByTestId('card-members')).toBeNull();
    expect(screen.queryByTestId('card-emulation')).toBeNull();
  });
});

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}
