import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { chooseFile, clickButton, fakeBackend, memberInspection, memberPreview, renderImportPage, setupI18n } from './harness';

const next = () => clickButton('Tiếp');

/** Opens a column select and picks an option by its text. */
async function chooseColumn(fieldLabel: string, optionText: string) {
  const select = screen.getByRole('combobox', { name: `Cột trong tệp cho "${fieldLabel}"` });
  fireEvent.mouseDown(select);
  const options = await screen.findAllByText(optionText, { selector: '.ant-select-item-option-content *' });
  fireEvent.click(options[options.length - 1]!);
}

describe('import wizard: matching columns', { timeout: 40_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('blocks Next while a required field has no column, then previews with the chosen column', async () => {
    const backend = fakeBackend({
      'import:inspect': () => memberInspection({ mapping: { birthDate: 2, cccd: 4, union: 7 } }),
      'import:preview': () => memberPreview(),
    });
    const { container } = renderImportPage();
    await chooseFile(container);
    const [inspect] = backend.inputsOf('import:inspect');
    expect(inspect).toMatchObject({ kind: 'members', fileName: 'danh-sach.xlsx', base64: 'UEsDBAECAw==' });

    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Tiếp' }).disabled).toBe(false));
    next();
    await screen.findByTestId('import-step-mapping');
    expect(screen.getByTestId('header-row').textContent).toBe('Dòng tiêu đề: dòng 7 của trang "Danh sách"');

    next();
    const error = await screen.findByTestId('mapping-error');
    expect(error.textContent).toContain('Chưa chọn cột cho: Họ và tên');
    expect(backend.inputsOf('import:preview')).toHaveLength(0);
    expect(screen.queryByTestId('import-step-mapping')).not.toBeNull();

    await chooseColumn('Họ và tên', 'Cột B · Họ và tên');
    expect(screen.queryByTestId('mapping-error')).toBeNull();
    next();
    await screen.findByTestId('import-step-check');
    expect(backend.inputsOf('import:preview')).toEqual([{ token: 'imp-test-1', mapping: { fullName: 1, birthDate: 2, cccd: 4, union: 7 } }]);
  });

  it('shows each column with its samples, and "(không nhập)" clears a field', async () => {
    const backend = fakeBackend({ 'import:inspect': () => memberInspection(), 'import:preview': () => memberPreview() });
    const { container } = renderImportPage();
    await chooseFile(container);
    next();
    await screen.findByTestId('import-step-mapping');

    const nameRow = screen.getByText('Họ và tên', { selector: 'td span' }).closest('tr')!;
    expect(within(nameRow).getByText('Nguyễn Văn A; Trần Thị B; Lê Văn C…')).toBeTruthy();
    await chooseColumn('Số CCCD', '(không nhập)');
    // Typing without diacritics finds a column by its title or its samples.
    const birth = screen.getByRole('combobox', { name: 'Cột trong tệp cho "Ngày sinh"' });
    fireEvent.mouseDown(birth);
    fireEvent.change(birth, { target: { value: 'tran thi b' } });
    const shown = await waitFor(() => {
      const popups = document.querySelectorAll('.ant-select-dropdown');
      const items = [...(popups[popups.length - 1]?.querySelectorAll('.ant-select-item-option') ?? [])];
      expect(items.map((item) => item.textContent)).toEqual(['Cột B · Họ và tênNguyễn Văn A; Trần Thị B; Lê Văn C…']);
      return items;
    });
    fireEvent.click(shown[0]!);
    // Two fields on one column is allowed, but said.
    expect(await screen.findByText('Cột này cũng được ghép cho: Ngày sinh')).toBeTruthy();
    next();
    await screen.findByTestId('import-step-check');
    expect(backend.inputsOf('import:preview')[0]?.mapping).toEqual({ fullName: 1, birthDate: 1, union: 7 });
  });

  it('a member list without a CĐCS column needs a default CĐCS before checking', async () => {
    const backend = fakeBackend({
      'import:inspect': () => memberInspection({ mapping: { fullName: 1, birthDate: 2, cccd: 4 } }),
      'import:preview': () => memberPreview(),
      'unions:list': () => ({ total: 1, items: [] }),
    });
    const { container } = renderImportPage();
    await chooseFile(container);
    next();
    await screen.findByTestId('import-step-mapping');
    next();
    expect((await screen.findByTestId('mapping-error')).textContent).toContain('hãy chọn cột CĐCS hoặc một CĐCS mặc định');
    expect(backend.inputsOf('import:preview')).toHaveLength(0);
  });
});
