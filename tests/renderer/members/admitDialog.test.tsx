import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdmitDialog } from '../../../renderer/src/features/members/AdmitDialog';
import { inSentence } from '../../../renderer/src/features/members/memberForm';
import { BackendError, fakeBackend, renderInApp, setupI18n, type FakeBackend } from './harness';
import { UNIONS, unionDetail } from './fixtures';

const unionsBackend = {
  'unions:list': ({ search }: { search?: string }) => {
    const items = UNIONS.filter((u) => !search || u.name.toLowerCase().includes(search.toLowerCase()));
    return { total: items.length, items };
  },
  'unions:get': ({ id }: { id: number }) => unionDetail(UNIONS.find((u) => u.id === id)!),
};

function type(label: string, value: string) {
  fireEvent.change(within(screen.getByRole('dialog')).getByLabelText(label), { target: { value } });
}

const save = () => fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: /Lưu/ }));

describe('admit form (kết nạp)', { timeout: 30_000 }, () => {
  let backend: FakeBackend;
  beforeAll(setupI18n);
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 5, 9, 30));
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('refuses a CCCD that is not 12 digits, in Vietnamese naming the field, and sends nothing', async () => {
    backend = fakeBackend({ ...unionsBackend, 'members:admit': () => ({ id: 1 }) });
    renderInApp(<AdmitDialog mode="admit" open defaultOrganizationId={7} onClose={() => undefined} onDone={() => undefined} />);
    type('Họ và tên', 'Nguyễn Thị Thu Hà');
    type('Số CCCD', '01234567890');
    save();
    expect(await screen.findByText('Số CCCD phải gồm đúng 12 chữ số.')).toBeTruthy();
    type('Ngày sinh', '31/02/1990');
    save();
    expect(await screen.findByText('Ngày sinh không hợp lệ: gõ dd/mm/yyyy hoặc chỉ năm sinh.')).toBeTruthy();
    expect(backend.inputsOf('members:admit')).toHaveLength(0);
  });

  it('asks for the name and the CĐCS when they are missing', async () => {
    backend = fakeBackend({ ...unionsBackend, 'members:admit': () => ({ id: 1 }) });
    renderInApp(<AdmitDialog mode="admit" open onClose={() => undefined} onDone={() => undefined} />);
    save();
    expect(await screen.findByText('Vui lòng nhập họ và tên.')).toBeTruthy();
    expect(screen.getByText('Vui lòng chọn công đoàn cơ sở.')).toBeTruthy();
    expect(backend.inputsOf('members:admit')).toHaveLength(0);
  });

  it('sends the draft with the CCCD as text (leading zeros kept), the birth year, and the decision', async () => {
    backend = fakeBackend({ ...unionsBackend, 'members:admit': () => ({ id: 42 }) });
    const onDone = vi.fn();
    renderInApp(<AdmitDialog mode="admit" open defaultOrganizationId={7} onClose={() => undefined} onDone={onDone} />);
    type('Họ và tên', '  Nguyễn Thị Thu Hà ');
    type('Ngày sinh', '1990');
    type('Số CCCD', '001 190 012 345');
    type('Điện thoại', '0912 345 678');
    type('Số quyết định', '12/QĐ-CĐCS');
    save();

    await waitFor(() => expect(backend.inputsOf('members:admit')).toHaveLength(1));
    const [input] = backend.inputsOf('members:admit');
    expect(input).toEqual({
      date: '2026-03-05',
      decisionNo: '12/QĐ-CĐCS',
      draft: {
        organizationId: 7,
        fullName: 'Nguyễn Thị Thu Hà',
        birthDate: '1990',
        sex: null,
        ethnicity: '',
        religion: '',
        hometown: '',
        cccd: '001190012345',
        cccdIssuedOn: null,
        cccdIssuedBy: '',
        phone: '0912 345 678',
        education: '',
        qualification: '',
        politicalTheory: '',
        partyMember: false,
        occupation: '',
        unionPosition: 'none',
        joinedOn: null,
        cardNumber: '',
        cardIssuedOn: null,
      },
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(42));
    expect(await screen.findByText('Đã kết nạp đoàn viên Nguyễn Thị Thu Hà vào Công đoàn cơ sở Công ty May Sông Hồng.')).toBeTruthy();
  });

  it('shows the backend error message as it comes, and stays open', async () => {
    const onDone = vi.fn();
    const message = 'Công đoàn cơ sở "CS0007" đã giải thể ngày 01/01/2026; không thể thêm đoàn viên vào đó.';
    backend = fakeBackend({
      ...unionsBackend,
      'members:admit': () => {
        throw new BackendError({ code: 'UNION_DISSOLVED', message });
      },
    });
    renderInApp(<AdmitDialog mode="admit" open defaultOrganizationId={7} onClose={() => undefined} onDone={onDone} />);
    type('Họ và tên', 'Trần Văn Đức');
    save();
    expect(await screen.findByText(message)).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});

describe('transfer-in form (chuyển đến)', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('needs the origin union, and picks our CĐCS by typing in the search-as-you-type picker', async () => {
    const backend = fakeBackend({ ...unionsBackend, 'members:transferIn': () => ({ id: 5 }) });
    renderInApp(<AdmitDialog mode="transferIn" open onClose={() => undefined} onDone={() => undefined} />);
    type('Họ và tên', 'Lê Văn Đức');
    save();
    expect(await screen.findByText('Vui lòng nhập chuyển đến từ (tên công đoàn).')).toBeTruthy();

    type('Chuyển đến từ (tên công đoàn)', 'Công đoàn Công ty Xi măng Bút Sơn');
    const picker = within(screen.getByRole('dialog')).getByRole('combobox', { name: 'Công đoàn cơ sở' });
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: 'mầm non' } });
    await waitFor(() => expect(backend.inputsOf('unions:list').some((i) => i.search === 'mầm non')).toBe(true));
    fireEvent.click(await screen.findByText('CS0008 — Công đoàn cơ sở Trường Mầm non Ánh Dương'));
    save();

    await waitFor(() => expect(backend.inputsOf('members:transferIn')).toHaveLength(1));
    const [input] = backend.inputsOf('members:transferIn');
    expect(input?.fromName).toBe('Công đoàn Công ty Xi măng Bút Sơn');
    expect(input?.draft.organizationId).toBe(8);
    expect(input?.draft.fullName).toBe('Lê Văn Đức');
  });
});

describe('field names inside messages', () => {
  it('lower-case the first letter of a label but keep acronyms (CĐCS, CCCD) as they are', () => {
    expect(inSentence('Họ và tên')).toBe('họ và tên');
    expect(inSentence('Chuyển đến CĐCS')).toBe('chuyển đến CĐCS');
    expect(inSentence('CĐCS')).toBe('CĐCS');
    expect(inSentence('Số CCCD')).toBe('số CCCD');
  });
});
