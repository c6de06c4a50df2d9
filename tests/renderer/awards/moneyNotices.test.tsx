import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { AwardKind, DecisionDetail } from '../../../shared/awards/model';
import { DecisionEditor } from '../../../renderer/src/features/awards/DecisionEditor';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const GK: AwardKind = {
  id: 13, category: 'form', code: 'GK', name: 'Giấy khen', issuerLevel: 'own_office', recipientKind: 'both', position: 140, active: true, usedBy: 0,
  coefficients: [{ id: 1, effectiveFrom: '2025-07-01', individual: 0.3, collective: null, legalBasis: 'Nghị định 152/2025/NĐ-CP' }],
};

const row = (id: number, name: string, baseSalary: number, amount: number) => ({
  id, position: id, recipientKind: 'individual' as const, memberId: null, organizationId: null, recipientName: name, recipientUnit: '', achievement: '',
  formKindId: 13, titleKindId: null, formName: 'Giấy khen', titleName: null, coefficient: 0.3, baseSalary, amount, warningOverride: '',
});

/** Saved on the old table: 710.000 each, while today's table says 760.000. */
const OLD: DecisionDetail = {
  id: 7, year: 2026, number: '45/QĐ-CĐP', decidedOn: '2026-08-01', issuerLevel: 'own_office', issuerName: '', scope: 'all_round',
  formName: 'Giấy khen', titleName: null, subject: '', recipients: 2, total: 1_420_000, signerName: '', signerTitle: '', signerBlock: '',
  campaignId: null, campaignName: null, formKindId: 13, titleKindId: null, printedCertificates: 0, outdatedMoney: 2, bases: [],
  awards: [row(1, 'Nguyễn Văn An', 2_340_000, 710_000), row(2, 'Trần Thị Bình', 2_340_000, 710_000)],
};
const NEW: DecisionDetail = { ...OLD, total: 1_520_000, outdatedMoney: 0, awards: [row(1, 'Nguyễn Văn An', 2_530_000, 760_000), row(2, 'Trần Thị Bình', 2_530_000, 760_000)] };

function backend(money: { baseSalary: number | null; amount: number }) {
  return fakeBackend({
    'awardDecisions:money': ({ recipients }) => recipients.map(() => ({ coefficient: 0.3, ...money })),
    'awardDecisions:warnings': () => [],
    'campaigns:list': () => [],
    'awardDecisions:reprice': () => NEW,
  });
}

const open = (detail: DecisionDetail) =>
  renderInApp(<DecisionEditor open detail={detail} kinds={[GK]} year={2026} onClose={() => undefined} onSaved={() => undefined} onDeleted={() => undefined} />);

describe('decision editor: money notices', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('offers "Tính lại theo lương cơ sở mới" for an unfinished decision with outdated money, and shows the new money', async () => {
    const fake = backend({ baseSalary: 2_530_000, amount: 760_000 });
    open(OLD);
    expect(await screen.findByText('Tổng cộng: 1.420.000 đ')).toBeTruthy();
    const notice = await screen.findByTestId('outdated-money');
    expect(notice.textContent).toContain('Tiền thưởng của 2 dòng đã lưu theo bảng lương cơ sở/hệ số cũ');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tính lại theo lương cơ sở mới' }));
    });
    expect(fake.inputsOf('awardDecisions:reprice')).toEqual([{ id: 7 }]);
    await waitFor(() => expect(screen.getAllByTestId('award-amount').map((e) => e.textContent)).toEqual(['760.000', '760.000']));
    expect(screen.getByText('Tổng cộng: 1.520.000 đ')).toBeTruthy();
    expect(screen.queryByTestId('outdated-money')).toBeNull();
  });

  it('does not offer it once a certificate is printed (finished)', async () => {
    backend({ baseSalary: 2_530_000, amount: 760_000 });
    open({ ...OLD, printedCertificates: 1 });
    expect(await screen.findByText('Tổng cộng: 1.420.000 đ')).toBeTruthy();
    expect(screen.queryByTestId('outdated-money')).toBeNull();
  });

  it('warns when the date is before the first base salary instead of showing 0 đ silently', async () => {
    backend({ baseSalary: null, amount: 0 });
    open({ ...OLD, decidedOn: '2024-03-01', outdatedMoney: 0, awards: [{ ...row(1, 'Nguyễn Văn An', 0, 0), baseSalary: null }] });
    const alert = await screen.findByTestId('no-base-salary');
    expect(alert.textContent).toContain('Ngày ký 01/03/2024 trước mức lương cơ sở đầu tiên trong bảng');
  });
});

describe('decision editor: the working year and the cut-off', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('warns that a decision dated 05/12/2026 counts in the 2027 period, not the working year 2026', async () => {
    backend({ baseSalary: 2_530_000, amount: 760_000 });
    renderInApp(
      <DecisionEditor open detail={{ ...OLD, decidedOn: '2026-12-05', outdatedMoney: 0 }} kinds={[GK]} year={2026} onClose={() => undefined} onSaved={() => undefined} onDeleted={() => undefined} />,
    );
    const alert = await screen.findByTestId('other-period');
    expect(alert.textContent).toContain('Ngày ký 05/12/2026 thuộc kỳ thống kê năm 2027 (01/12/2026 – 30/11/2027), không phải năm làm việc 2026');
  });

  it('says nothing for a date inside the working year’s period', async () => {
    backend({ baseSalary: 2_530_000, amount: 760_000 });
    renderInApp(<DecisionEditor open detail={{ ...OLD, decidedOn: '2026-11-30', outdatedMoney: 0 }} kinds={[GK]} year={2026} onClose={() => undefined} onSaved={() => undefined} onDeleted={() => undefined} />);
    expect(await screen.findByText('Tổng cộng: 1.420.000 đ')).toBeTruthy();
    expect(screen.queryByTestId('other-period')).toBeNull();
  });
});
