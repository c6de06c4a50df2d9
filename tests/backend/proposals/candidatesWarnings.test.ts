import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { call, callError, useTempDirs } from '../../fixtures/backend';
import { candidateToItem } from '../../../shared/proposals/model';
import { newProposal, proposalOffice } from './helpers';

const temp = useTempDirs();
const AT = '2025-03-15T08:00:00.000Z';

function write<T>(backend: Backend, work: (db: Database.Database) => T): T {
  const db = new Database(backend.dbFile);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** A cluster of three units (two of ours, one peer), one criterion, agreed scores 95 / 88 / 91; the flag goes to one. */
function clusterSheet(backend: Backend, orgA: number, orgB: number): number {
  return write(backend, (db) => {
    const cluster = Number(db.prepare("INSERT INTO clusters (year, name, created_at, updated_at) VALUES (2025, 'Cụm thi đua số 1', ?, ?)").run(AT, AT).lastInsertRowid);
    const unit = db.prepare('INSERT INTO cluster_members (cluster_id, organization_id, name, position) VALUES (?, ?, ?, ?)');
    const a = Number(unit.run(cluster, orgA, 'CĐCS May Đức Giang', 1).lastInsertRowid);
    const b = Number(unit.run(cluster, orgB, 'CĐCS Trường Đông Phương Yên', 2).lastInsertRowid);
    const peer = Number(unit.run(cluster, null, 'Công đoàn Công ty Điện lực Thường Tín', 3).lastInsertRowid);
    const sheet = Number(db.prepare("INSERT INTO score_sheets (year, cluster_id, name, flag_count, created_at, updated_at) VALUES (2025, ?, 'Bảng điểm 2025', 1, ?, ?)").run(cluster, AT, AT).lastInsertRowid);
    const criterion = Number(db.prepare("INSERT INTO score_criteria (sheet_id, position, kind, content, max_points) VALUES (?, 1, 'criterion', 'Tổng hợp', 100)").run(sheet).lastInsertRowid);
    const score = db.prepare('INSERT INTO scores (criterion_id, cluster_member_id, self_score, agreed_score, updated_at) VALUES (?, ?, ?, ?, ?)');
    score.run(criterion, a, 96, 95, AT);
    score.run(criterion, b, 90, 88, AT);
    score.run(criterion, peer, 92, 91, AT);
    return sheet;
  });
}

describe('candidates', () => {
  it('lists a cluster ranking best first with the flag proposal ticked, named as our records name the unit', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const office = await proposalOffice(backend);
    const sheet = clusterSheet(backend, office.may.id, office.truong.id);
    const proposal = await newProposal(backend);
    const options = await call(backend, 'proposals:options', { year: 2025 });
    expect(options.sheets).toEqual([{ id: sheet, name: 'Bảng điểm 2025', clusterName: 'Cụm thi đua số 1' }]);
    const candidates = await call(backend, 'proposals:candidates', { proposalId: proposal.id, source: 'cluster_rank', sheetId: sheet });
    expect(candidates.map((c) => [c.recipientName, c.organizationId, c.suggested])).toEqual([
      [office.may.name, office.may.id, true],
      ['Công đoàn Công ty Điện lực Thường Tín', null, false],
      [office.truong.name, office.truong.id, false],
    ]);
    expect(candidates[0]!.achievement).toContain('Xếp thứ 1');
    expect(candidates[0]!.achievement).toContain('95');
    await call(backend, 'proposalItems:add', { proposalId: proposal.id, items: [candidateToItem(candidates[0]!)] });
    const again = await call(backend, 'proposals:candidates', { proposalId: proposal.id, source: 'cluster_rank', sheetId: sheet });
    expect(again.map((c) => c.alreadyIn)).toEqual([true, false, false]);
    expect((await callError(backend, 'proposals:candidates', { proposalId: proposal.id, source: 'cluster_rank' })).code).toBe('PROPOSAL_CANDIDATE_SHEET');
  });

  it('lists the authors of the year\'s initiatives with their unit and the value earned', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const office = await proposalOffice(backend);
    write(backend, (db) => {
      const campaign = Number(db.prepare("INSERT INTO campaigns (year, name, kind, created_at, updated_at) VALUES (2025, 'Lao động giỏi, Lao động sáng tạo', 'regular', ?, ?)").run(AT, AT).lastInsertRowid);
      const initiative = db.prepare('INSERT INTO initiatives (campaign_id, organization_id, title, recognized_on, value) VALUES (?, ?, ?, ?, ?)');
      const i1 = Number(initiative.run(campaign, office.may.id, 'Cải tiến bàn là hơi', '2025-09-01', 150_000_000).lastInsertRowid);
      const i2 = Number(initiative.run(campaign, office.may.id, 'Sáng kiến năm trước', '2024-06-01', 1).lastInsertRowid);
      const author = db.prepare('INSERT INTO initiative_authors (initiative_id, member_id, name) VALUES (?, ?, ?)');
      author.run(i1, office.duc, 'Nguyễn Văn Đức');
      author.run(i1, null, 'Phạm Minh Khôi');
      author.run(i2, office.hung, 'Đỗ Văn Hùng');
    });
    const proposal = await newProposal(backend);
    const candidates = await call(backend, 'proposals:candidates', { proposalId: proposal.id, source: 'initiative' });
    expect(candidates.map((c) => [c.recipientName, c.memberId, c.recipientKind])).toEqual([
      ['Nguyễn Văn Đức', office.duc, 'individual'],
      ['Phạm Minh Khôi', null, 'individual'],
    ]);
    expect(candidates[0]!.recipientUnit).toBe('Tổ trưởng tổ may, Công đoàn cơ sở Công ty May Đức Giang');
    expect(candidates[0]!.achievement).toBe('Tác giả sáng kiến "Cải tiến bàn là hơi", giá trị làm lợi 150.000.000 đồng');
    expect(candidates[1]!.recipientUnit).toBe(office.may.name);
  });
  it("lists our own award recipients of the year, with their achievement", async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const office = await proposalOffice(backend);
    write(backend, (db) => {
      const decision = db.prepare("INSERT INTO award_decisions (year, number, decided_on, issuer_level, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
      const own = Number(decision.run(2025, '12/QĐ-CĐP', '2025-12-20', 'own_office', AT, AT).lastInsertRowid);
      const city = Number(decision.run(2025, '99/QĐ-LĐLĐ', '2025-12-10', 'province', AT, AT).lastInsertRowid);
      const kind = db.prepare("SELECT id FROM award_kinds WHERE code = 'GK'").pluck().get();
      const award = db.prepare("INSERT INTO awards (decision_id, year, form_kind_id, recipient_kind, member_id, recipient_name, recipient_unit, achievement, created_at) VALUES (?, 2025, ?, 'individual', ?, ?, ?, ?, ?)");
      award.run(own, kind, office.dung, 'Trần Thị Dung', 'Giáo viên', 'Giáo viên dạy giỏi cấp thành phố', AT);
      award.run(city, kind, office.duc, 'Nguyễn Văn Đức', '', 'Không phải của cấp mình', AT);
    });
    const proposal = await newProposal(backend);
    const candidates = await call(backend, 'proposals:candidates', { proposalId: proposal.id, source: 'award' });
    expect(candidates.map((c) => [c.recipientName, c.memberId, c.achievement, c.source])).toEqual([['Trần Thị Dung', office.dung, 'Giáo viên dạy giỏi cấp thành phố', 'award']]);
    expect(candidates[0]!.hint).toBe('Giấy khen · 12/QĐ-CĐP');
  });
});

describe('warnings', () => {
  it('warns when a thematic proposal exceeds the cap of its theme, counting other proposals of the campaign', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await proposalOffice(backend);
    const campaign = write(backend, (db) =>
      Number(db.prepare("INSERT INTO campaigns (year, name, kind, created_at, updated_at) VALUES (2025, 'Xanh - sạch - đẹp', 'thematic', ?, ?)").run(AT, AT).lastInsertRowid),
    );
    const first = await newProposal(backend, { scope: 'thematic', campaignId: campaign, themeCap: 4 });
    const rows = (names: string[]) => names.map((n) => ({ recipientKind: 'individual' as const, recipientName: n }));
    const three = await call(backend, 'proposalItems:add', { proposalId: first.id, items: rows(['Lê Văn A', 'Lê Văn B', 'Lê Văn C']) });
    expect(three.warnings).toEqual([]);
    const second = await newProposal(backend, { scope: 'thematic', campaignId: campaign, number: '26/TTr-LĐLĐ' });
    const five = await call(backend, 'proposalItems:add', { proposalId: second.id, items: rows(['Lê Văn D', 'Lê Văn E']) });
    expect(five.warnings).toEqual([{ code: 'theme_cap', itemId: null, params: { count: 5, cap: 4, theme: 'Xanh - sạch - đẹp' } }]);
    // A rejected row no longer counts.
    await call(backend, 'proposalItems:reject', { ids: [five.items[0]!.id], reason: 'Trùng' });
    expect((await call(backend, 'proposals:get', { id: second.id })).warnings).toEqual([]);
    // The cap is a field of the proposal.
    const raised = await call(backend, 'proposals:save', { id: first.id, draft: { year: 2025, toIssuerLevel: 'province', scope: 'thematic', campaignId: campaign, themeCap: 2 } });
    expect(raised.warnings.map((w) => w.code)).toEqual(['theme_cap']);
  });

  it('warns when the same subject is proposed all-round and thematic to the same level in a year', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const office = await proposalOffice(backend);
    const allRound = await newProposal(backend);
    await call(backend, 'proposalItems:add', { proposalId: allRound.id, items: [{ recipientKind: 'individual', memberId: office.duc, recipientName: 'Nguyễn Văn Đức' }] });
    const thematic = await newProposal(backend, { scope: 'thematic', number: '30/TTr-LĐLĐ' });
    const withDuc = await call(backend, 'proposalItems:add', {
      proposalId: thematic.id,
      items: [
        { recipientKind: 'individual', memberId: office.duc, recipientName: 'Nguyễn Văn Đức' },
        { recipientKind: 'individual', memberId: office.dung, recipientName: 'Trần Thị Dung' },
      ],
    });
    expect(withDuc.warnings).toEqual([{ code: 'both_scopes', itemId: withDuc.items[0]!.id, params: { name: 'Nguyễn Văn Đức', where: '25/TTr-LĐLĐ' } }]);
    // Another level is another matter.
    const national = await newProposal(backend, { scope: 'thematic', toIssuerLevel: 'national', formKindId: null, number: '31/TTr-LĐLĐ' });
    const other = await call(backend, 'proposalItems:add', { proposalId: national.id, items: [{ recipientKind: 'individual', memberId: office.duc, recipientName: 'Nguyễn Văn Đức' }] });
    expect(other.warnings).toEqual([]);
  });

  it('suggests the next cover-letter number of the year', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await proposalOffice(backend);
    expect(await call(backend, 'proposals:suggestNumber', { year: 2025 })).toEqual({ number: '01/TTr-LĐLĐ' });
    await newProposal(backend, { number: '25/TTr-LĐLĐ' });
    expect(await call(backend, 'proposals:suggestNumber', { year: 2025 })).toEqual({ number: '26/TTr-LĐLĐ' });
  });
});
