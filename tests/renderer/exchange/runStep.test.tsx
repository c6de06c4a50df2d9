import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ImportResult } from '@shared/exchange/import';
import {
  BackendError,
  chooseFileAndMap,
  clickButton,
  openCheckStep,
  setupI18n,
  type Handlers,
} from './harness';

const RESULT: ImportResult = {
  imported: 1234,
  updated: 5,
  skipped: 3,
  errors: [
    { row: 13, column: 'Ngày sinh', message: 'x' },
    { row: 14, column: 'Số CCCD', message: 'x' },
    { row: 14, column: 'Ngày sinh', message: 'x' },
    { row: 15, column: 'Mã CĐCS', message: 'x' },
    { row: 1048, column: 'Số CCCD', message: 'x' },
  ],
  rejectedFile: '/data/exports/dong-bi-loai.xlsx',
  dryRun: false,
  possibleDuplicates: [],
};

async function toCheckStep(handlers: Handlers) {
  const { backend } = await openCheckStep(handlers, 'duplicates-table');
  return backend;
}

describe('import wizard: running the import', { timeout: 20_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('sends the chosen onDuplicate with the mapping, then says what was imported', async () => {
    const backend = await toCheckStep({ 'import:run': () => RESULT });
    fireEvent.click(screen.getByLabelText('Vẫn nhập thành đoàn viên mới'));
    clickButton('Nhập 1.230 dòng hợp lệ');

    const summary = await screen.findByTestId('import-summary');
    expect(summary.textContent).toBe('Đã nhập 1.234 đoàn viên, cập nhật 5, bỏ qua 3; 4 dòng lỗi');
    const [run] = backend.inputsOf('import:run');
    expect(run).toMatchObject({ token: 'imp-test-1', mapping: { fullName: 1, birthDate: 2, cccd: 4, union: 7 }, onDuplicate: 'import', dryRun: false });
    expect(run?.jobId).toMatch(/^job-[\w-]+$/);
    expect(backend.inputsOf('import:run')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Xem danh sách đoàn viên' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Tải các dòng lỗi/ })).toBeTruthy();
  });

  it('sends "update" when the user chooses to update the existing members, and "skip" by default', async () => {
    const backend = await toCheckStep({ 'import:run': () => RESULT });
    fireEvent.click(screen.getByLabelText('Cập nhật thông tin đoàn viên đã có'));
    clickButton('Nhập 1.230 dòng hợp lệ');
    await screen.findByTestId('import-summary');
    expect(backend.inputsOf('import:run')[0]?.onDuplicate).toBe('update');

    clickButton('Nhập tệp khác');
    await screen.findByTestId('import-step-file');
    await chooseFileAndMap(document.body);
    await screen.findByTestId('duplicates-table');
    clickButton('Nhập 1.230 dòng hợp lệ');
    await waitFor(() => expect(backend.inputsOf('import:run')).toHaveLength(2));
    expect(backend.inputsOf('import:run')[1]?.onDuplicate).toBe('skip');
  });

  it('a cancelled import says that nothing was imported', async () => {
    await toCheckStep({
      'import:run': () => {
        throw new BackendError({ code: 'CANCELLED', message: 'Đã hủy thao tác.' });
      },
    });
    clickButton('Nhập 1.230 dòng hợp lệ');
    expect(await screen.findByText('Đã hủy, không có dòng nào được nhập.')).toBeTruthy();
    clickButton('Quay lại bước Kiểm tra');
    await screen.findByTestId('duplicates-table');
  });

  it('"Xem danh sách đoàn viên" goes to the members screen', async () => {
    await toCheckStep({ 'import:run': () => ({ ...RESULT, errors: [], rejectedFile: null }) });
    clickButton('Nhập 1.230 dòng hợp lệ');
    expect((await screen.findByTestId('import-summary')).textContent).toBe('Đã nhập 1.234 đoàn viên, cập nhật 5, bỏ qua 3');
    clickButton('Xem danh sách đoàn viên');
    expect(window.location.hash).toBe('#/members');
  });
});
