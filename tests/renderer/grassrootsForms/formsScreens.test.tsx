import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { parseFormCatalogue } from '../../../shared/grassrootsForms/catalogue';
import type { FormStatusRow } from '../../../shared/grassrootsForms/model';
import { UnionFiguresDrawer } from '../../../renderer/src/features/grassrootsForms/UnionFiguresDrawer';
import { TypedFormDialog } from '../../../renderer/src/features/grassrootsForms/TypedFormDialog';
import { ImportResultPanel } from '../../../renderer/src/features/grassrootsForms/ImportResultPanel';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const catalogue = parseFormCatalogue(JSON.parse(fs.readFileSync(path.join(process.cwd(), 'resources', 'data', 'grassroots-forms.json'), 'utf8')));
const PERIOD = '2026-11-30';
const figures = {
  period: PERIOD,
  previousPeriod: '2026-05-31',
  current: { 'workers.total': 400, 'labour.housed': 0, 'labour.contracts': 390 },
  previous: { 'workers.total': 100, 'labour.contracts': 380 },
  history: [],
  recordChanges: [{ unionCode: 'CS01', unionName: 'CĐCS May An Phát', code: 'workers.total', before: 1200, after: 1350 }],
};

describe('grassroots forms screens', { timeout: 60_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('shows a CĐCS’s figures next to last period’s, a large change highlighted ("tăng 300%")', async () => {
    fakeBackend({ 'forms:unionFigures': () => figures });
    renderInApp(<UnionFiguresDrawer period={PERIOD} union={{ id: 1, name: 'CĐCS May An Phát' }} catalogue={catalogue} onClose={() => undefined} />);
    const table = await screen.findByTestId('forms-union-figures');
    const workers = await within(table).findByRole('row', { name: /Tổng số lao động/ });
    expect(within(workers).getByText('tăng 300%').closest('.ant-tag')).not.toBeNull();
    const contracts = within(table).getByRole('row', { name: /Số lao động được ký HĐLĐ/ });
    expect(within(contracts).getByText('tăng 2,6%').closest('.ant-tag')).toBeNull();
    // What the form changed in the CĐCS's records as at the cut-off.
    const changes = screen.getByTestId('forms-record-changes');
    expect(within(changes).getByText('Mẫu 1 này đã cập nhật số liệu của CĐCS tại ngày 30/11/2026:')).toBeTruthy();
    expect(within(changes).getByText('Cập nhật số liệu CĐCS: CĐCS May An Phát lao động 1.200 → 1.350')).toBeTruthy();
  });

  it('saves a paper form with a blank cell left out and a typed 0 kept', async () => {
    const backend = fakeBackend({ 'forms:unionFigures': () => ({ ...figures, current: {} }), 'forms:saveTyped': () => ({ id: 1, replaced: false }) });
    let saved = false;
    renderInApp(<TypedFormDialog period={PERIOD} union={{ id: 7, name: 'CĐCS Bình Minh' }} catalogue={catalogue} onClose={() => undefined} onSaved={() => (saved = true)} />);
    fireEvent.change(await screen.findByLabelText('Tổng số lao động'), { target: { value: '45' } });
    fireEvent.change(screen.getByLabelText('Số người được bố trí nhà ở'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: /Lưu/ }));
    await waitFor(() => expect(saved).toBe(true));
    expect(backend.inputsOf('forms:saveTyped')).toEqual([{ period: PERIOD, organizationId: 7, values: { 'workers.total': 45, 'labour.housed': 0 } }]);
  });

  it('lets the user pick the CĐCS of an unmatched file and lists problems by file, row and column', async () => {
    const unions: FormStatusRow[] = [{ organizationId: 9, unionCode: 'CS09', unionName: 'CĐCS Cường Thịnh', status: 'missing', late: false, returnedAt: null, file: null }];
    let picked: unknown = null;
    renderInApp(
      <ImportResultPanel
        result={{
          imported: 1,
          updated: 0,
          skipped: 2,
          unmatched: [{ file: 'la.xlsx', reportingUnit: 'Công ty Lạ' }],
          errors: [{ file: 'sai.xlsx', row: 9, column: 'Số lượng', message: 'Dòng "Tổng số lao động": "khoảng 500" không phải là số.' }],
          changes: [
            { unionCode: 'CS01', unionName: 'CĐCS May An Phát', code: 'workers.total', before: 120, after: 135 },
            { unionCode: 'CS01', unionName: 'CĐCS May An Phát', code: 'workers.female', before: null, after: 80 },
          ],
        }}
        unions={unions}
        onImportPicked={(a) => (picked = a)}
      />,
    );
    expect(screen.getByText('Nhận mới 1, thay thế 0, bỏ qua 2 tệp.')).toBeTruthy();
    const changes = screen.getByTestId('forms-record-changes');
    expect(within(changes).getByText('Cập nhật số liệu CĐCS: CĐCS May An Phát lao động 120 → 135')).toBeTruthy();
    expect(within(changes).getByText('Cập nhật số liệu CĐCS: CĐCS May An Phát lao động nữ chưa có → 80')).toBeTruthy();
    const problem = screen.getByRole('row', { name: /sai\.xlsx/ });
    expect(within(problem).getByText('9')).toBeTruthy();
    expect(within(problem).getByText('Số lượng')).toBeTruthy();
    fireEvent.mouseDown(screen.getByRole('combobox'));
    fireEvent.click(await screen.findByText('CS09 CĐCS Cường Thịnh'));
    fireEvent.click(screen.getByRole('button', { name: 'Nhận các tệp này' }));
    expect(picked).toEqual([{ file: 'la.xlsx', organizationId: 9 }]);
  });
});
