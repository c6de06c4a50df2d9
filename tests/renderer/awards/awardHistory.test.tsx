import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { AwardHistoryRow } from '../../../shared/awards/awardList';
import { AwardHistory } from '../../../renderer/src/features/awards/AwardHistory';
import { MemberDrawer } from '../../../renderer/src/features/members/MemberDrawer';
import { BackendError, fakeBackend, renderInApp, setupI18n } from '../members/harness';
import { member } from '../members/fixtures';

const ROWS: AwardHistoryRow[] = [
  {
    id: 2, year: 2025, recipientKind: 'individual', recipientName: 'Nguyễn Văn Đức', recipientUnit: 'Tổ trưởng', memberId: 1, organizationId: 7,
    achievement: 'Hai năm liền Chiến sĩ thi đua cơ sở', formName: 'Bằng khen của Liên đoàn Lao động thành phố', titleName: null, amount: 3_510_000,
    decisionId: 9, decisionNumber: '1234/QĐ-LĐLĐ', decidedOn: '2025-12-10', issuerLevel: 'province', issuerName: 'Liên đoàn Lao động thành phố Hà Nội',
  },
  {
    id: 1, year: 2024, recipientKind: 'individual', recipientName: 'Nguyễn Văn Đức', recipientUnit: '', memberId: 1, organizationId: 7,
    achievement: 'Lao động tiên tiến', formName: 'Giấy khen', titleName: 'Lao động tiên tiến', amount: 710_000,
    decisionId: 3, decisionNumber: '05/QĐ-CĐP', decidedOn: '2024-02-05', issuerLevel: 'own_office', issuerName: '',
  },
];

describe('award history', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('shows year, decision number and dd/mm/yyyy date, issuer, form/title, achievement and amount in đồng', async () => {
    const backend = fakeBackend({ 'awardHistory:get': () => ROWS });
    renderInApp(<AwardHistory of={{ memberId: 1 }} />);
    const table = await screen.findByTestId('award-history');
    const rows = await within(table).findAllByRole('row');
    const text = (i: number) => rows[i]!.textContent ?? '';
    expect(text(1)).toContain('2025');
    expect(text(1)).toContain('1234/QĐ-LĐLĐ10/12/2025');
    expect(text(1)).toContain('Liên đoàn Lao động thành phố Hà Nội');
    expect(text(1)).toContain('Bằng khen của Liên đoàn Lao động thành phố');
    expect(text(1)).toContain('3.510.000 đ');
    expect(text(2)).toContain('05/02/2024');
    // No issuer name stored: the level's label.
    expect(text(2)).toContain('Cấp mình');
    expect(text(2)).toContain('Giấy khen · Lao động tiên tiến');
    expect(backend.inputsOf('awardHistory:get')).toEqual([{ memberId: 1 }]);
  });

  it('says so when there is none, and shows an error in place', async () => {
    fakeBackend({ 'awardHistory:get': () => [] });
    renderInApp(<AwardHistory of={{ organizationId: 7 }} />);
    expect(await screen.findByText('Chưa có khen thưởng nào.')).toBeTruthy();
    cleanup();
    fakeBackend({ 'awardHistory:get': () => { throw new BackendError({ code: 'INTERNAL', message: 'Lỗi đọc dữ liệu' }); } });
    renderInApp(<AwardHistory of={{ organizationId: 7 }} />);
    expect(await screen.findByText('Lỗi đọc dữ liệu')).toBeTruthy();
  });

  it('is a tab of the member drawer, loaded when opened', async () => {
    const backend = fakeBackend({
      'members:get': () => ({ member: member(1, 'Nguyễn Văn Đức'), movements: [] }),
      'unions:get': () => { throw new BackendError({ code: 'NOT_FOUND', message: '-' }); },
      'awardHistory:get': () => ROWS,
    });
    renderInApp(<MemberDrawer memberId={1} onClose={() => undefined} onSaved={() => undefined} />);
    const tab = await screen.findByRole('tab', { name: 'Khen thưởng' });
    expect(backend.inputsOf('awardHistory:get')).toHaveLength(0);
    fireEvent.click(tab);
    expect(await screen.findByText('1234/QĐ-LĐLĐ')).toBeTruthy();
    expect(backend.inputsOf('awardHistory:get')).toEqual([{ memberId: 1 }]);
  });
});
