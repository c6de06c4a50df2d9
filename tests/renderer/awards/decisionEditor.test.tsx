import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AwardKind, DecisionDetail } from '../../../shared/awards/model';
import { DecisionEditor } from '../../../renderer/src/features/awards/DecisionEditor';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const GK: AwardKind = {
  id: 13, category: 'form', code: 'GK', name: 'Giấy khen', issuerLevel: 'own_office', recipientKind: 'both', position: 140, active: true, usedBy: 0,
  coefficients: [{ id: 1, effectiveFrom: '2025-07-01', individual: 0.3, collective: null, legalBasis: 'Nghị định 152/2025/NĐ-CP' }],
};

const DETAIL: DecisionDetail = {
  id: 5, year: 2025, number: '12/QĐ-CĐP', decidedOn: '2025-12-05', issuerLevel: 'own_office', issuerName: '', scope: 'all_round',
  formName: 'Giấy khen', titleName: null, subject: '', recipients: 2, total: 2_120_000, signerName: 'Nguyễn Thị Thu Hà', signerTitle: 'CHỦ TỊCH',
  signerBlock: 'TM. BAN THƯỜNG VỤ', campaignId: null, campaignName: null, formKindId: 13, titleKindId: null, printedCertificates: 0, outdatedMoney: 0, bases: [],
  awards: [
    { id: 51, position: 1, recipientKind: 'collective', memberId: null, organizationId: 7, recipientName: 'Công đoàn cơ sở Trường A', recipientUnit: '', achievement: 'Vững mạnh', formKindId: 13, titleKindId: null, formName: 'Giấy khen', titleName: null, coefficient: 0.6, baseSalary: 2_340_000, amount: 1_410_000, warningOverride: '' },
    { id: 52, position: 2, recipientKind: 'individual', memberId: 3, organizationId: null, recipientName: 'Phạm Thị Hoa', recipientUnit: 'Tổ 2', achievement: 'Tích cực', formKindId: 13, titleKindId: null, formName: 'Giấy khen', titleName: null, coefficient: 0.3, baseSalary: 2_340_000, amount: 710_000, warningOverride: '' },
  ],
};

function backend() {
  return fakeBackend({
    'awardDecisions:money': ({ recipients }) => recipients.map((r) => ({ coefficient: r.recipientKind === 'collective' ? 0.6 : 0.3, baseSalary: 2_340_000, amount: r.recipientKind === 'collective' ? 1_410_000 : 710_000 })),
    'awardDecisions:warnings': ({ recipients }) =>
      recipients.flatMap((r, index) => (r.memberId === 3 ? [{ index, code: 'member_left' as const, recipientName: r.recipientName, detail: 'left' }] : [])),
    'campaigns:list': () => [],
    'awardDecisions:save': ({ recipients }) => ({ ...DETAIL, awards: DETAIL.awards.map((a, i) => ({ ...a, warningOverride: recipients[i]?.warningOverride ?? '' })) }),
  });
}

describe('decision editor', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('shows money per recipient, the total in words, and a warning naming the member who left', async () => {
    backend();
    renderInApp(<DecisionEditor open detail={DETAIL} kinds={[GK]} year={2025} onClose={() => undefined} onSaved={() => undefined} onDeleted={() => undefined} />);
    expect(await screen.findByText('Tổng cộng: 2.120.000 đ')).toBeTruthy();
    expect(screen.getByText('Bằng chữ: Hai triệu một trăm hai mươi nghìn đồng')).toBeTruthy();
    const warnings = await screen.findByTestId('award-warnings');
    expect(warnings.textContent).toContain('Phạm Thị Hoa: đoàn viên đã thôi sinh hoạt.');
    expect(screen.getAllByTestId('award-amount').map((e) => e.textContent)).toEqual(['1.410.000', '710.000']);
  });

  it('sends the reason given for a warning with the row, so that it is recorded', async () => {
    const fake = backend();
    const saved: DecisionDetail[] = [];
    renderInApp(<DecisionEditor open detail={DETAIL} kinds={[GK]} year={2025} onClose={() => undefined} onSaved={(d) => saved.push(d)} onDeleted={() => undefined} />);
    const warnings = await screen.findByTestId('award-warnings');
    fireEvent.change(within(warnings).getByLabelText('Lý do vẫn khen thưởng: Phạm Thị Hoa'), { target: { value: 'Thành tích trước khi nghỉ' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    });
    await screen.findByText('Đã lưu quyết định 12/QĐ-CĐP.');
    const [input] = fake.inputsOf('awardDecisions:save');
    expect(input?.id).toBe(5);
    expect(input?.recipients.map((r) => [r.id, r.recipientName, r.warningOverride])).toEqual([
      [51, 'Công đoàn cơ sở Trường A', ''],
      [52, 'Phạm Thị Hoa', 'Thành tích trước khi nghỉ'],
    ]);
    expect(saved[0]?.awards[1]?.warningOverride).toBe('Thành tích trước khi nghỉ');
  });

  it('keeps the money stored with saved rows after the tables changed; new rows are priced now', async () => {
    fakeBackend({
      // The coefficient was raised to 0.5 since the decision was saved.
      'awardDecisions:money': ({ recipients }) => recipients.map(() => ({ coefficient: 0.5, baseSalary: 2_340_000, amount: 1_170_000 })),
      'awardDecisions:warnings': () => [],
      'campaigns:list': () => [],
    });
    renderInApp(<DecisionEditor open detail={DETAIL} kinds={[GK]} year={2025} onClose={() => undefined} onSaved={() => undefined} onDeleted={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm người/đơn vị ngoài danh sách' }));
    const names = screen.getAllByLabelText('Họ và tên / Tập thể');
    fireEvent.change(names[2]!, { target: { value: 'Người mới' } });
    await waitFor(() => expect(screen.getAllByTestId('award-amount').map((e) => e.textContent)).toEqual(['1.410.000', '710.000', '1.170.000']));
    expect(screen.getByText('Tổng cộng: 3.290.000 đ')).toBeTruthy();
  });

  it('refuses to save without a number and says which field', async () => {
    const fake = backend();
    renderInApp(<DecisionEditor open detail={{ ...DETAIL, number: '' }} kinds={[GK]} year={2025} onClose={() => undefined} onSaved={() => undefined} onDeleted={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Nhập Số, ký hiệu.')).toBeTruthy();
    expect(fake.inputsOf('awardDecisions:save')).toEqual([]);
  });
});
