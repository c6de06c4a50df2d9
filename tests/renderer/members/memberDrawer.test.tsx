import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemberDrawer } from '../../../renderer/src/features/members/MemberDrawer';
import { fakeBackend, renderInApp, setupI18n } from './harness';
import { UNIONS, member, movement, unionDetail } from './fixtures';

const history = [
  movement(1, { kind: 'admitted', date: '2010-05-01', decisionNo: '03/QĐ-CĐCS' }),
  movement(2, {
    kind: 'transferred_out',
    date: '2026-03-05',
    decisionNo: '15/QĐ-LĐLĐ',
    fromOrganizationId: 7,
    fromOrganizationName: UNIONS[0]!.name,
    toOrganizationId: null,
    toOrganizationName: '',
    note: 'LĐLĐ huyện Thanh Oai',
  }),
];

describe('member detail drawer', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('shows the history: kind, dd/mm/yyyy date, decision, from → to (an outside union named from the note)', async () => {
    fakeBackend({
      'members:get': () => ({ member: member(1, 'Nguyễn Thị Thu Hà', { status: 'transferred_out' }), movements: history }),
      'unions:get': ({ id }) => unionDetail(UNIONS.find((u) => u.id === id)!),
    });
    renderInApp(<MemberDrawer memberId={1} onClose={() => undefined} onSaved={() => undefined} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Quá trình sinh hoạt (2)' }));
    const timeline = await screen.findByTestId('movement-timeline');
    const text = timeline.textContent ?? '';
    expect(text).toContain('Kết nạp · 01/05/2010 · QĐ số 03/QĐ-CĐCS');
    expect(text).toContain('Chuyển đi · 05/03/2026 · QĐ số 15/QĐ-LĐLĐ');
    expect(text).toContain(`${UNIONS[0]!.name} → LĐLĐ huyện Thanh Oai`);
    expect(screen.getByText('Đã chuyển đi')).toBeTruthy();
  });

  it('saves edited fields with members:update, the CCCD as 12-digit text', async () => {
    const backend = fakeBackend({
      'members:get': () => ({ member: member(1, 'Nguyễn Thị Thu Hà'), movements: history.slice(0, 1) }),
      'members:update': ({ id, draft }) => member(id, draft.fullName, { phone: draft.phone ?? '' }),
    });
    const onSaved = vi.fn();
    renderInApp(<MemberDrawer memberId={1} onClose={() => undefined} onSaved={onSaved} />);
    const phone = await screen.findByLabelText('Điện thoại');
    expect((phone as HTMLInputElement).value).toBe('0912345678');
    expect((screen.getByLabelText('Ngày sinh') as HTMLInputElement).value).toBe('1985');
    fireEvent.change(phone, { target: { value: '0987 654 321' } });
    fireEvent.change(screen.getByLabelText('Số CCCD'), { target: { value: '012345678901' } });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: /Lưu/ }));

    await waitFor(() => expect(backend.inputsOf('members:update')).toHaveLength(1));
    const [input] = backend.inputsOf('members:update');
    expect(input?.id).toBe(1);
    expect(input?.draft).toMatchObject({ organizationId: 7, fullName: 'Nguyễn Thị Thu Hà', birthDate: '1985', phone: '0987 654 321', cccd: '012345678901' });
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(await screen.findByText('Đã lưu thông tin đoàn viên Nguyễn Thị Thu Hà.')).toBeTruthy();
  });
});
