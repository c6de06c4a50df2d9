import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import type { Proposal, ProposalItem } from '../../../shared/proposals/model';
import { ProposalDetail } from '../../../renderer/src/features/proposals/ProposalDetail';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const item = (id: number, name: string, upperOutcome: ProposalItem['upperOutcome']): ProposalItem => ({
  id, position: id, recipientKind: 'individual', memberId: null, organizationId: null, recipientName: name, recipientUnit: '', achievement: '',
  note: '', source: 'manual', status: 'proposed', reason: '', decidedAt: null, awardId: null, awardAmount: null, upperDecisionId: null,
  upperDecisionNumber: null, upperDecisionDate: null, upperOutcome,
});

const PROPOSAL: Proposal = {
  id: 5, year: 2025, number: '12/TTr-CĐP', submittedOn: '2025-11-20', toIssuerLevel: 'province', formKindId: 12, titleKindId: null, scope: 'all_round',
  campaignId: null, subject: '', body: '', addressee: '', recipients: '', signerName: '', signerTitle: '', signerBlock: '', themeCap: 4,
  formName: 'Bằng khen của Liên đoàn Lao động thành phố', titleName: null, campaignName: null,
  items: [
    item(1, 'Nguyễn Thị Hoa', { status: 'approved', reason: '', upperName: 'LĐLĐ quận Hà Đông' }),
    item(2, 'Trần Văn Nam', { status: 'rejected', reason: 'Chưa đủ 2 năm liền', upperName: 'LĐLĐ quận Hà Đông' }),
    item(3, 'Lê Thị Mai', null),
  ],
  sent: { version: 1, sentAt: '2025-11-21T03:00:00.000Z' },
  warnings: [],
};

describe('a sent proposal after the upper level’s receipt', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('shows each row’s outcome, with the reason of a rejection', () => {
    fakeBackend({});
    renderInApp(<ProposalDetail proposal={PROPOSAL} options={null} onChanged={() => undefined} onEdit={() => undefined} onDeleted={() => undefined} />);
    expect(screen.getByRole('row', { name: /Nguyễn Thị Hoa/ }).textContent).toContain('LĐLĐ quận Hà Đông đã duyệt (theo biên nhận), chờ quyết định.');
    expect(screen.getByRole('row', { name: /Trần Văn Nam/ }).textContent).toContain('LĐLĐ quận Hà Đông không duyệt: Chưa đủ 2 năm liền');
    expect(screen.getAllByTestId('upper-outcome')).toHaveLength(2);
  });
});
