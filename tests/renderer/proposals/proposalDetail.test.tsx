import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Proposal, ProposalItem } from '../../../shared/proposals/model';
import { ProposalDetail } from '../../../renderer/src/features/proposals/ProposalDetail';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const item = (id: number, name: string, extra: Partial<ProposalItem> = {}): ProposalItem => ({
  id, position: id, recipientKind: 'individual', memberId: null, organizationId: null, recipientName: name, recipientUnit: '', achievement: 'Xuất sắc',
  note: '', source: 'manual', status: 'proposed', reason: '', decidedAt: null, awardId: null, awardAmount: null, upperDecisionId: null,
  upperDecisionNumber: null, upperDecisionDate: null, ...extra,
});

const PROPOSAL: Proposal = {
  id: 5, year: 2025, number: '25/TTr-LĐLĐ', submittedOn: '2025-11-20', toIssuerLevel: 'province', formKindId: 12, titleKindId: null, scope: 'thematic',
  campaignId: 3, subject: '', body: '', addressee: '', recipients: '', signerName: '', signerTitle: '', signerBlock: '', themeCap: 4,
  formName: 'Bằng khen của Liên đoàn Lao động thành phố', titleName: null, campaignName: 'Xanh - sạch - đẹp',
  items: [item(1, 'Lê Văn An'), item(2, 'Trần Thị Bình', { status: 'approved', upperDecisionNumber: '9/QĐ-LĐLĐ', upperDecisionDate: '2025-12-10', awardAmount: 3_510_000, awardId: 8 })],
  sent: null,
  warnings: [
    { code: 'theme_cap', itemId: null, params: { count: 5, cap: 4, theme: 'Xanh - sạch - đẹp' } },
    { code: 'both_scopes', itemId: 1, params: { name: 'Lê Văn An', where: '20/TTr-LĐLĐ' } },
  ],
};

describe('proposal detail', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('warns about the theme cap and the double scope, and shows the decision and money of an approved row', async () => {
    fakeBackend({});
    renderInApp(<ProposalDetail proposal={PROPOSAL} options={null} onChanged={() => undefined} onEdit={() => undefined} onDeleted={() => undefined} />);
    expect(screen.getByText('Đề nghị chuyên đề "Xanh - sạch - đẹp" có 5 dòng, vượt giới hạn 4 của cấp trên.')).toBeTruthy();
    expect(screen.getByText('"Lê Văn An" cũng được đề nghị/khen ở loại khen khác cùng cấp trong năm (20/TTr-LĐLĐ).')).toBeTruthy();
    const approved = screen.getByRole('row', { name: /Trần Thị Bình/ });
    expect(approved.textContent).toContain('QĐ 9/QĐ-LĐLĐ ngày 10/12/2025 · 3.510.000 đ');
  });

  it('approves the selected proposed rows with the upper decision\'s number and date', async () => {
    const backend = fakeBackend({
      'proposalItems:approve': ({ ids }) => ({ ...PROPOSAL, items: PROPOSAL.items.map((i) => (ids.includes(i.id) ? { ...i, status: 'approved' as const } : i)) }),
    });
    const changed: Proposal[] = [];
    renderInApp(<ProposalDetail proposal={PROPOSAL} options={null} onChanged={(p) => changed.push(p)} onEdit={() => undefined} onDeleted={() => undefined} />);
    // Selecting everything counts only the rows still proposed.
    fireEvent.click(within(screen.getByTestId('proposal-items')).getAllByRole('checkbox')[0]!);
    fireEvent.click(screen.getByRole('button', { name: /^check Duyệt \(1\)$/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Duyệt 1 dòng theo quyết định của cấp trên' });
    fireEvent.change(within(dialog).getByLabelText('Số quyết định'), { target: { value: '1234/QĐ-LĐLĐ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Duyệt' }));
    await waitFor(() => expect(backend.inputsOf('proposalItems:approve')).toHaveLength(1));
    const [input] = backend.inputsOf('proposalItems:approve');
    expect(input?.ids).toEqual([1]);
    expect(input?.decision.number).toBe('1234/QĐ-LĐLĐ');
    expect(input?.decision.decidedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await waitFor(() => expect(changed).toHaveLength(1));
    expect(await screen.findByText('Đã duyệt 1 dòng và ghi khen thưởng.')).toBeTruthy();
  });
  it('"Gửi lên cấp trên" freezes the copy sent, and the detail says which copy went up and when', async () => {
    const backend = fakeBackend({ 'proposals:send': () => ({ ...PROPOSAL, sent: { version: 1, sentAt: '2025-11-21T03:00:00.000Z' } }) });
    const changed: Proposal[] = [];
    renderInApp(<ProposalDetail proposal={PROPOSAL} options={null} onChanged={(p) => changed.push(p)} onEdit={() => undefined} onDeleted={() => undefined} />);
    expect(screen.queryByTestId('proposal-sent')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Gửi lên cấp trên/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Chốt và gửi' }));
    await waitFor(() => expect(backend.inputsOf('proposals:send')).toEqual([{ id: PROPOSAL.id }]));
    await waitFor(() => expect(changed).toHaveLength(1));
    cleanup();
    renderInApp(<ProposalDetail proposal={changed[0]!} options={null} onChanged={() => undefined} onEdit={() => undefined} onDeleted={() => undefined} />);
    expect(screen.getByTestId('proposal-sent').textContent).toContain('Đã gửi lên cấp trên (lần 1, ngày 21/11/2025)');
  });
});
