import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  BackendError,
  chooseFileAndMap,
  clickButton,
  fakeBackend,
  memberInspection,
  memberPreview,
  openCheckStep,
  renderImportPage,
  setupI18n,
  type Handlers,
} from './harness';

const toCheckStep = (handlers: Handlers) => openCheckStep(handlers, 'problems-table');

/** The cells of the "Dòng" column, as shown. */
const rowNumbers = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr.ant-table-row')].map((tr) => tr.querySelector('td')?.textContent ?? '');

describe('import wizard: the check step', { timeout: 20_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('shows the counts and lists every problem with the sheet’s own row number', async () => {
    await toCheckStep({});
    expect(screen.getByTestId('count-dataRows').textContent).toContain('1.234');
    expect(screen.getByTestId('count-validRows').textContent).toContain('1.230');
    expect(screen.getByTestId('count-rejectedRows').textContent).toContain('4');
    expect(screen.getByTestId('count-duplicates').textContent).toContain('2');

    const problems = screen.getByTestId('problems-table');
    expect(rowNumbers(problems)).toEqual(['13', '14', '15', '1048']);
    const row14 = within(problems).getByText('14').closest('tr')!;
    expect(row14.textContent).toContain('Số CCCD');
    expect(row14.textContent).toContain("'123456789' là số CMND cũ");
  });

  it('filters the problems by text (without diacritics too) and by column', async () => {
    await toCheckStep({});
    const problems = screen.getByTestId('problems-table');
    fireEvent.change(screen.getByPlaceholderText('Lọc theo nội dung…'), { target: { value: 'cmnd cu' } });
    await waitFor(() => expect(rowNumbers(problems)).toEqual(['14']));
    fireEvent.change(screen.getByPlaceholderText('Lọc theo nội dung…'), { target: { value: '' } });
    await waitFor(() => expect(rowNumbers(problems)).toHaveLength(4));

    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Cột' }));
    const option = await screen.findByText('Số CCCD', { selector: '.ant-select-item-option-content' });
    fireEvent.click(option);
    await waitFor(() => expect(rowNumbers(problems)).toEqual(['14', '1048']));
  });

  it('lists probable duplicates with what they match and why', async () => {
    await toCheckStep({});
    const duplicates = screen.getByTestId('duplicates-table');
    expect(rowNumbers(duplicates)).toEqual(['10', '12']);
    const first = within(duplicates).getByText('10').closest('tr')!;
    expect(first.textContent).toContain('Nguyễn Văn Đức');
    expect(first.textContent).toContain('Cùng số CCCD');
    expect(within(duplicates).getByText('12').closest('tr')!.textContent).toContain('Cùng họ tên và ngày sinh');
  });

  it('"Quay lại" returns to the matching with the chosen columns kept', async () => {
    await toCheckStep({});
    clickButton('Quay lại');
    await screen.findByTestId('import-step-mapping');
    expect(screen.getByText('Cột E · Số CCCD')).toBeTruthy();
  });

  it('"Chọn lại tệp" reads the corrected file and checks it again with the same matching', async () => {
    let inspections = 0;
    const { backend } = await toCheckStep({
      'import:inspect': () => {
        inspections++;
        // The second read suggests one more column than the matching the user went on with.
        const mapping: Record<string, number> = inspections === 1 ? { fullName: 1, union: 7 } : { fullName: 1, union: 7, cccd: 4 };
        return memberInspection({ token: `imp-test-${inspections}`, mapping });
      },
      'import:preview': ({ token }) => (token === 'imp-test-1' ? memberPreview() : memberPreview({ token, problems: [], problemCount: 0, rejectedRows: 0, duplicates: [] })),
    });
    expect(backend.inputsOf('import:preview')[0]?.mapping).toEqual({ fullName: 1, union: 7 });
    const input = screen.getByTestId('pick-again-input');
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([1, 2, 3])], 'danh-sach (sua).xlsx')] } });
    await waitFor(() => expect(backend.inputsOf('import:preview')).toHaveLength(2));
    expect(backend.inputsOf('import:inspect')[1]?.fileName).toBe('danh-sach (sua).xlsx');
    // Same columns: the user's matching stays, and the corrected file is checked straight away.
    expect(backend.inputsOf('import:preview')[1]).toEqual({ token: 'imp-test-2', mapping: { fullName: 1, union: 7 } });
    await screen.findByText('Tất cả các dòng đều hợp lệ.');
    expect(screen.queryByTestId('problems-table')).toBeNull();
    expect(screen.queryByTestId('import-step-check')).not.toBeNull();
  });

  it('downloads the rejected rows through import:rejected (preview: no save dialog)', async () => {
    const { backend } = await toCheckStep({
      'files:chooseSavePath': () => ({ target: null, name: null }),
      'import:rejected': () => ({ file: '/data/exports/dong-bi-loai.xlsx' }),
    });
    const clicked: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.getAttribute('href') ?? '');
    };
    try {
      clickButton(/Tải các dòng lỗi/);
      await waitFor(() => expect(clicked).toHaveLength(1));
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(backend.inputsOf('import:rejected')).toEqual([{ token: 'imp-test-1' }]);
    expect(clicked[0]).toContain(`/api/files?path=${encodeURIComponent('/data/exports/dong-bi-loai.xlsx')}`);
  });

  it('an expired import says so and stays on the matching step', async () => {
    const backend = fakeBackend({
      'import:inspect': () => memberInspection(),
      'import:preview': () => {
        throw new BackendError({ code: 'IMPORT_EXPIRED', message: 'Phiên nhập đã hết hạn; hãy chọn lại tệp.' });
      },
    });
    const { container } = renderImportPage();
    await chooseFileAndMap(container);
    await screen.findByText('Phiên nhập đã hết hạn; hãy chọn lại tệp.');
    expect(screen.queryByTestId('import-step-mapping')).not.toBeNull();
    expect(backend.inputsOf('import:preview')).toHaveLength(1);
  });
});
