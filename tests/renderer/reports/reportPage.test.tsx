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

  it('keeps unsaved header edits when the draft is reloaded after a text autosave', async () => {
    const header = { title: 'Báo cáo tổng kết', number: '', issuedOn: null, placeName: 'Hà Nội', recipients: [], signerBlock: '', signerTitle: '', signerName: '', cutoffOn: null };
    const draft = { year, office: { upperName: 'LĐLĐ TỈNH', name: 'CĐ NGÀNH', shortName: 'CĐN' }, header, sections: [], figures: [], charts: [], version: null, finalizedAt: null };
    let loads = 0;
    // Each load sees a newer updatedAt, as after the text of a section was saved.
    const backend = fakeBackend({ 'reports:get': () => ({ ...empty, draft, updatedAt: `2025-12-01T10:00:0${loads++}.000Z` }) });
    renderInApp(<ReportPage />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Thông tin chung' }));
    const title = await screen.findByLabelText('Tên báo cáo');
    fireEvent.change(title, { target: { value: 'Báo cáo tổng kết năm, chưa lưu' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Số liệu thống kê' }));
    await screen.findByRole('tab', { name: 'Số liệu thống kê', selected: true });
    fireEvent.click(screen.getByRole('tab', { name: 'Thông tin chung' }));
    await screen.findByRole('tab', { name: 'Thông tin chung', selected: true });
    expect(backend.inputsOf('reports:get')).toHaveLength(4);
    expect((screen.getByLabelText('Tên báo cáo') as HTMLTextAreaElement).value).toBe('Báo cáo tổng kết năm, chưa lưu');
  });
});
