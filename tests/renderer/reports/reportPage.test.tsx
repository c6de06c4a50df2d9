import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReportState } from '../../../shared/reports/model';
import { ReportPage } from '../../../renderer/src/features/reports/ReportPage';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const year = new Date().getFullYear();
const empty: ReportState = { year, draft: null, updatedAt: null, versions: [], suggestedNumber: '01/BC-LĐLĐ', lastYearAvailable: true };

describe('the report page', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('says what to do first when there is no report, and starts one from last year on request', async () => {
    const backend = fakeBackend({ 'reports:get': () => empty, 'reports:create': () => empty });
    renderInApp(<ReportPage />);
    expect(await screen.findByText(`Chưa có báo cáo tổng kết năm ${year}.`, { exact: false })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tạo từ mẫu mặc định' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Sao chép báo cáo năm ${year - 1}` }));
    await waitFor(() => expect(backend.inputsOf('reports:create')).toEqual([{ year, from: 'lastYear' }]));
  });
});
