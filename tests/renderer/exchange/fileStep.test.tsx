import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { BackendError, chooseFile, fakeBackend, memberInspection, renderImportPage, setupI18n } from './harness';

describe('import wizard: choosing the file', { timeout: 20_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('reads the kind from the route, and switching kind reads the same file again for the other list', async () => {
    const backend = fakeBackend({
      'import:inspect': ({ kind }) => memberInspection({ kind, token: `imp-${kind}` }),
    });
    const { container } = renderImportPage('unions');
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe('Nhập từ Excel — Công đoàn cơ sở');
    expect(screen.queryByText('CĐCS mặc định')).toBeNull();
    await chooseFile(container);
    expect(backend.inputsOf('import:inspect')[0]?.kind).toBe('unions');

    fireEvent.click(screen.getByText('Đoàn viên', { selector: '.ant-radio-button-label, .ant-radio-button-wrapper span' }));
    await waitFor(() => expect(backend.inputsOf('import:inspect')).toHaveLength(2));
    expect(backend.inputsOf('import:inspect')[1]).toMatchObject({ kind: 'members', fileName: 'danh-sach.xlsx' });
    // The route change that the switch makes does not read the file a third time.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(backend.inputsOf('import:inspect')).toHaveLength(2);
    expect(window.location.hash).toBe('#/import?kind=members');
    expect(screen.getByText('CĐCS mặc định')).toBeTruthy();
  });

  it('offers the sheets of a workbook with several, and reads the chosen one', async () => {
    const sheets = [
      { index: 0, name: 'Bìa', rows: 3 },
      { index: 1, name: 'Danh sách', rows: 120 },
    ];
    const backend = fakeBackend({
      'import:inspect': ({ sheetIndex }) => {
        if (sheetIndex === 0) throw new BackendError({ code: 'IMPORT_NO_HEADER', message: 'Không tìm thấy dòng tiêu đề trong trang "Bìa".' });
        return memberInspection({ sheets, sheetIndex: 1 });
      },
    });
    const { container } = renderImportPage();
    await chooseFile(container);
    expect(screen.getByText('Dòng tiêu đề: dòng 7 của trang "Danh sách" · 5 cột')).toBeTruthy();

    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Trang tính' }));
    fireEvent.click(await screen.findByText('Bìa (3 dòng)', { selector: '.ant-select-item-option-content' }));
    expect(await screen.findByText('Không tìm thấy dòng tiêu đề trong trang "Bìa".')).toBeTruthy();
    expect(backend.inputsOf('import:inspect')[1]?.sheetIndex).toBe(0);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Tiếp' }).disabled).toBe(true);
  });

  it('says when the file was in an old Vietnamese encoding and has been converted', async () => {
    fakeBackend({ 'import:inspect': () => memberInspection({ encoding: 'tcvn3' }) });
    const { container } = renderImportPage();
    await chooseFile(container);
    expect(await screen.findByText(/bảng mã cũ TCVN3 \(phông \.VnTime\); phần mềm đã tự chuyển sang Unicode/)).toBeTruthy();
  });

  it('refuses a file that is not a workbook without sending it', async () => {
    const backend = fakeBackend({ 'import:inspect': () => memberInspection() });
    const { container } = renderImportPage();
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    fireEvent.change(input, { target: { files: [new File(['a;b'], 'danh sach.csv')] } });
    expect(await screen.findByText(/không phải tệp Excel/)).toBeTruthy();
    expect(backend.inputsOf('import:inspect')).toHaveLength(0);
  });
});
