import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, callError, count, readDb, useTempDirs } from '../../fixtures/backend';
import { auditRows } from '../members/helpers';
import { kindId, newProposal, proposalOffice } from './helpers';

const temp = useTempDirs();

async function twoRows() {
  const backend = temp.open({ dataDir: temp.dir() });
  const office = await proposalOffice(backend);
  const proposal = await newProposal(backend);
  const filled = await call(backend, 'proposalItems:add', {
    proposalId: proposal.id,
    items: [
      { recipientKind: 'collective', organizationId: office.may.id, recipientName: office.may.name, achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2025' },
      { recipientKind: 'individual', memberId: office.duc, recipientName: 'Nguyễn Văn Đức', achievement: 'Chiến sĩ thi đua cơ sở hai năm liền' },
    ],
  });
  return { backend, office, proposal: filled };
}

describe('proposals → awards', () => {
  it('fills the unit of a member picked from the records', async () => {
    const { proposal, office } = await twoRows();
    const duc = proposal.items.find((i) => i.memberId === office.duc)!;
    expect(duc.recipientUnit).toBe('Tổ trưởng tổ may, Công đoàn cơ sở Công ty May Đức Giang');
    expect(duc.organizationId).toBe(office.may.id);
    expect(proposal.items.map((i) => i.status)).toEqual(['proposed', 'proposed']);
  });

  it('approval creates the awards under the upper level\'s decision, with the money of the decision date', async () => {
    const { backend, proposal, office } = await twoRows();
    const [collective, person] = proposal.items;
    const approved = await call(backend, 'proposalItems:approve', { ids: [collective!.id, person!.id], decision: { number: '1234/QĐ-LĐLĐ', decidedOn: '2025-12-10' } });
    expect(approved.items.map((i) => i.status)).toEqual(['approved', 'approved']);
    expect(approved.items.map((i) => i.upperDecisionNumber)).toEqual(['1234/QĐ-LĐLĐ', '1234/QĐ-LĐLĐ']);
    // Bằng khen of LĐLĐ thành phố: 1.5 from 01/07/2025 (NĐ 152/2025), a collective twice; base salary 2,340,000.
    expect(approved.items.map((i) => i.awardAmount)).toEqual([7_020_000, 3_510_000]);

    const rows = readDb(backend.dbFile, (db) =>
      db
        .prepare(
          `SELECT a.recipient_name, a.member_id, a.organization_id, a.amount, a.year, a.form_kind_id, d.number, d.issuer_level, d.issuer_name, d.decided_on
             FROM awards a JOIN award_decisions d ON d.id = a.decision_id ORDER BY a.id`,
        )
        .all(),
    ) as Record<string, unknown>[];
    expect(rows).toEqual([
      expect.objectContaining({ recipient_name: office.may.name, organization_id: office.may.id, amount: 7_020_000, year: 2025, number: '1234/QĐ-LĐLĐ', issuer_level: 'province', decided_on: '2025-12-10' }),
      expect.objectContaining({ recipient_name: 'Nguyễn Văn Đức', member_id: office.duc, amount: 3_510_000, form_kind_id: kindId(backend, 'BK-LDLD') }),
    ]);
    expect(rows[0]!.issuer_name).toBe('Liên đoàn Lao động thành phố Hà Nội');
    expect(auditRows(backend, 'award_proposal_items').filter((r) => r.action === 'approve')).toHaveLength(2);
  });

  it('an approved row is not dropped from its decision behind the proposal\'s back: undo it there instead', async () => {
    const { backend, proposal } = await twoRows();
    const [collective, person] = proposal.items;
    const approved = await call(backend, 'proposalItems:approve', { ids: [collective!.id, person!.id], decision: { number: '77/QĐ-LĐLĐ', decidedOn: '2025-12-10' } });
    const decisionId = approved.items[0]!.upperDecisionId!;
    const deleting = await callError(backend, 'awardDecisions:delete', { id: decisionId });
    expect(deleting.code).toBe('AWARD_DECISION_FROM_PROPOSAL');
    expect(deleting.message).toContain('25/TTr-LĐLĐ');
    const decision = await call(backend, 'awardDecisions:get', { id: decisionId });
    const [first] = decision.awards;
    const draft = { number: decision.number, decidedOn: decision.decidedOn, issuerLevel: decision.issuerLevel, formKindId: decision.formKindId };
    const dropping = await callError(backend, 'awardDecisions:save', {
      id: decisionId,
      draft,
      recipients: [{ id: first!.id, recipientKind: first!.recipientKind, organizationId: first!.organizationId, recipientName: first!.recipientName }],
    });
    expect(dropping.code).toBe('AWARD_FROM_PROPOSAL');
    expect(dropping.message).toContain('Nguyễn Văn Đức');
    expect((await call(backend, 'proposals:get', { id: proposal.id })).items.map((i) => [i.status, i.awardId !== null])).toEqual([
      ['approved', true],
      ['approved', true],
    ]);
    await call(backend, 'proposalItems:undo', { ids: [collective!.id, person!.id] });
    expect(readDb(backend.dbFile, (db) => count(db, 'SELECT count(*) FROM award_decisions'))).toBe(0);
  });

  it('an earlier decision date takes the coefficient then in force, and one decision number is reused', async () => {
    const { backend, proposal } = await twoRows();
    const [collective, person] = proposal.items;
    await call(backend, 'proposalItems:approve', { ids: [person!.id], decision: { number: '88/QĐ-LĐLĐ', decidedOn: '2025-05-20' } });
    const after = await call(backend, 'proposalItems:approve', { ids: [collective!.id], decision: { number: '88/QĐ-LĐLĐ', decidedOn: '2025-05-20' } });
    expect(after.items.map((i) => i.awardAmount)).toEqual([4_680_000, 2_340_000]);
    expect(readDb(backend.dbFile, (db) => count(db, 'SELECT count(*) FROM award_decisions'))).toBe(1);
  });

  it('rejection records the reason and creates nothing; a decided row cannot be decided again', async () => {
    const { backend, proposal } = await twoRows();
    const [collective] = proposal.items;
    const rejected = await call(backend, 'proposalItems:reject', { ids: [collective!.id], reason: 'Chưa đủ điều kiện: chưa có 2 năm liên tục TTLĐXS' });
    expect(rejected.items[0]).toMatchObject({ status: 'rejected', reason: 'Chưa đủ điều kiện: chưa có 2 năm liên tục TTLĐXS', awardId: null });
    expect(readDb(backend.dbFile, (db) => count(db, 'SELECT count(*) FROM awards'))).toBe(0);
    const error = await callError(backend, 'proposalItems:approve', { ids: [collective!.id], decision: { number: '1/QĐ-LĐLĐ', decidedOn: '2025-12-10' } });
    expect(error.code).toBe('PROPOSAL_ITEM_NOT_PROPOSED');
    expect(error.message).toContain('Công đoàn cơ sở Công ty May Đức Giang');
  });

  it('undo deletes the created award and the now-empty decision, back to proposed', async () => {
    const { backend, proposal } = await twoRows();
    const [collective, person] = proposal.items;
    await call(backend, 'proposalItems:approve', { ids: [collective!.id, person!.id], decision: { number: '1234/QĐ-LĐLĐ', decidedOn: '2025-12-10' } });
    const once = await call(backend, 'proposalItems:undo', { ids: [person!.id] });
    expect(once.items.map((i) => i.status)).toEqual(['approved', 'proposed']);
    expect(readDb(backend.dbFile, (db) => [count(db, 'SELECT count(*) FROM awards'), count(db, 'SELECT count(*) FROM award_decisions')])).toEqual([1, 1]);
    const twice = await call(backend, 'proposalItems:undo', { ids: [collective!.id] });
    expect(twice.items.every((i) => i.status === 'proposed' && i.awardId === null && i.upperDecisionId === null)).toBe(true);
    expect(readDb(backend.dbFile, (db) => [count(db, 'SELECT count(*) FROM awards'), count(db, 'SELECT count(*) FROM award_decisions')])).toEqual([0, 0]);
    expect(auditRows(backend, 'awards').filter((r) => r.action === 'delete')).toHaveLength(2);
  });

  it('a failing approval writes nothing (one transaction)', async () => {
    const { backend, proposal } = await twoRows();
    const noKind = await call(backend, 'proposals:save', { id: proposal.id, draft: { year: 2025, toIssuerLevel: 'province' } });
    const error = await callError(backend, 'proposalItems:approve', { ids: noKind.items.map((i) => i.id), decision: { number: '5/QĐ-LĐLĐ', decidedOn: '2025-12-10' } });
    expect(error.code).toBe('PROPOSAL_NO_KIND');
    expect(readDb(backend.dbFile, (db) => [count(db, 'SELECT count(*) FROM awards'), count(db, 'SELECT count(*) FROM award_decisions')])).toEqual([0, 0]);
    const removed = await callError(backend, 'proposals:delete', { id: 999 });
    expect(removed.code).toBe('PROPOSAL_NOT_FOUND');
  });

  it('refuses to delete a proposal with approved rows, and to edit a decided row', async () => {
    const { backend, proposal } = await twoRows();
    const [collective] = proposal.items;
    await call(backend, 'proposalItems:approve', { ids: [collective!.id], decision: { number: '7/QĐ-LĐLĐ', decidedOn: '2025-12-10' } });
    expect((await callError(backend, 'proposals:delete', { id: proposal.id })).code).toBe('PROPOSAL_HAS_APPROVED');
    expect((await callError(backend, 'proposalItems:remove', { ids: [collective!.id] })).code).toBe('PROPOSAL_ITEM_DECIDED');
  });
});

describe('undo keeps what it did not create', () => {
  it('leaves an upper decision the user had entered before approving', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const office = await proposalOffice(backend);
    const db = new Database(backend.dbFile);
    db.prepare("INSERT INTO award_decisions (year, number, decided_on, issuer_level, created_at, updated_at) VALUES (2025, '500/QĐ-LĐLĐ', '2025-12-01', 'province', '2025-12-02T00:00:00.000Z', '2025-12-02T00:00:00.000Z')").run();
    db.close();
    const proposal = await newProposal(backend);
    const filled = await call(backend, 'proposalItems:add', { proposalId: proposal.id, items: [{ recipientKind: 'individual', memberId: office.hung, recipientName: 'Đỗ Văn Hùng' }] });
    await call(backend, 'proposalItems:approve', { ids: [filled.items[0]!.id], decision: { number: '500/QĐ-LĐLĐ', decidedOn: '2025-12-01' } });
    expect(readDb(backend.dbFile, (d) => count(d, 'SELECT count(*) FROM award_decisions'))).toBe(1);
    await call(backend, 'proposalItems:undo', { ids: [filled.items[0]!.id] });
    expect(readDb(backend.dbFile, (d) => [count(d, 'SELECT count(*) FROM awards'), count(d, 'SELECT count(*) FROM award_decisions')])).toEqual([0, 1]);
  });
});
