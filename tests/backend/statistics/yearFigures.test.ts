import { describe, expect, it } from 'vitest';
import { call, callError, useTempDirs } from '../../fixtures/backend';
import { ACTOR, F, M, admit, figures, lastYears, setUpOffice, union, values, withDb } from './office';

const temp = useTempDirs();

/**
 * A hand-made office for 2025. Period 2025 = 01/12/2024–30/11/2025 (cut-off 30/11/2025);
 * period 2024 = 01/12/2023–30/11/2024.
 *
 *   A  public service, 50 workers (30 women), founded 2010
 *   B  private enterprise, 100 workers (60 women), founded 2015
 *   C  FDI, 20 workers (10 women), founded 10/03/2025            → founded in 2025
 *   D  state enterprise, founded 2012, dissolved 30/06/2025     → dissolved in 2025
 *   E  private, founded 2011, moved to another office 01/08/2025 → CĐCS chuyển đi; not ours at 30/11/2025
 *   F  private, founded 05/12/2025 (after the cut-off)          → founded in 2026, not 2025
 *
 *   m1  A F admitted 2020-01-01
 *   m2  A M party, admitted 2024-12-01 (first day of period 2025)
 *   m3  A F admitted 2025-11-30 (the cut-off day)
 *   m4  A F admitted 2025-12-01 (the day after the cut-off)
 *   m5  A M admitted 2024-11-30 (last day of period 2024)
 *   m6  A F party, admitted 2019, left 2025-12-10 (after the cut-off: still a member on 30/11/2025)
 *   m7  A F admitted 2019, left 2025-05-10
 *   m8  B M admitted 2018, transferred to A on 2025-04-01 (inside our office)
 *   m9  B F admitted 2018, transferred out of our office 2025-02-01
 *   m10 B F transferred in from outside 2025-09-01
 *   m11 B M admitted 2018, died 2025-10-01
 *   m12 E F admitted 2015 (goes with E to the other office)
 *   m13 C M admitted 2025-04-01
 *
 * At 30/11/2025: A m1 m2 m3 m5 m6 m8, B m10, C m13 → 8 members, women m1 m3 m6 m10 = 4, party m2 m6 = 2.
 *   admitted m2 m3 m13 = 3; transferred in m10 = 1 (m8 is internal); out m9 = 1; left m7 = 1; deceased m11 = 1.
 * At 30/11/2024: A m1 m5 m6 m7, B m8 m9 m11, E m12 → 8 members, women m1 m6 m7 m9 m12 = 5, party m6 = 1;
 *   admitted in period 2024: m5 = 1.
 */
async function handMadeOffice() {
  const backend = temp.open({ dataDir: temp.dir(), actor: ACTOR });
  await setUpOffice(backend);
  const a = await union(backend, { name: 'CĐCS Trường Tiểu học A', sector: 'public_service', foundedOn: '2010-01-01', workersTotal: 50, workersFemale: 30 });
  const b = await union(backend, { name: 'CĐCS Công ty May B', sector: 'private_enterprise', foundedOn: '2015-06-01', workersTotal: 100, workersFemale: 60 });
  const c = await union(backend, { name: 'CĐCS Công ty Điện tử C', sector: 'fdi_enterprise', foundedOn: '2025-03-10', workersTotal: 20, workersFemale: 10 });
  const d = await union(backend, { name: 'CĐCS Công ty Cơ khí D', sector: 'state_enterprise', foundedOn: '2012-01-01' });
  const e = await union(backend, { name: 'CĐCS Công ty Gỗ E', sector: 'private_enterprise', foundedOn: '2011-01-01', workersTotal: 40, workersFemale: 20 });
  await union(backend, { name: 'CĐCS Công ty Nhựa F', sector: 'private_enterprise', foundedOn: '2025-12-05' });

  await admit(backend, a, 'Nguyễn Thị Một', F, '2020-01-01');
  await admit(backend, a, 'Trần Văn Hai', { ...M, partyMember: true }, '2024-12-01');
  await admit(backend, a, 'Lê Thị Ba', F, '2025-11-30');
  await admit(backend, a, 'Phạm Thị Bốn', F, '2025-12-01');
  await admit(backend, a, 'Hoàng Văn Năm', M, '2024-11-30');
  const m6 = await admit(backend, a, 'Vũ Thị Sáu', { ...F, partyMember: true }, '2019-03-01');
  const m7 = await admit(backend, a, 'Đặng Thị Bảy', F, '2019-03-01');
  const m8 = await admit(backend, b, 'Bùi Văn Tám', M, '2018-01-01');
  const m9 = await admit(backend, b, 'Đỗ Thị Chín', F, '2018-01-01');
  await call(backend, 'members:transferIn', { draft: { organizationId: b, fullName: 'Ngô Thị Mười', sex: 'female' }, date: '2025-09-01', decisionNo: '', fromName: 'CĐCS ngoài đơn vị' });
  const m11 = await admit(backend, b, 'Dương Văn Mười Một', M, '2018-01-01');
  await admit(backend, e, 'Lý Thị Mười Hai', F, '2015-01-01');
  await admit(backend, c, 'Mai Văn Mười Ba', M, '2025-04-01');

  await call(backend, 'members:end', { memberIds: [m6], kind: 'left', date: '2025-12-10', decisionNo: '' });
  await call(backend, 'members:end', { memberIds: [m7], kind: 'left', date: '2025-05-10', decisionNo: '' });
  await call(backend, 'members:transfer', { memberIds: [m8], toOrganizationId: a, date: '2025-04-01', decisionNo: '' });
  await call(backend, 'members:transfer', { memberIds: [m9], toName: 'LĐLĐ huyện Mỹ Đức', date: '2025-02-01', decisionNo: '' });
  await call(backend, 'members:end', { memberIds: [m11], kind: 'deceased', date: '2025-10-01', decisionNo: '' });
  await call(backend, 'unions:dissolve', { id: d, date: '2025-06-30', decisionNo: '5/QĐ' });
  await call(backend, 'unions:move', { id: e, managerName: 'Công đoàn xã Phú Nghĩa', date: '2025-08-01', decisionNo: '7/QĐ' });
  return { backend, a, b, c, d, e };
}

const MEMBER_CODES = ['members.total', 'members.female', 'members.partyMembers', 'members.admitted', 'members.transferredIn', 'members.transferredOut', 'members.left', 'members.deceased'];

describe('the figures of a year (Mẫu số 2-HĐCĐ)', () => {
  it('counts members at the cut-off from their movements, and the movements of the period', async () => {
    const { backend } = await handMadeOffice();
    const year = await figures(backend, 2025);
    expect(values(year, MEMBER_CODES)).toEqual({
      'members.total': 8,
      'members.female': 4,
      'members.partyMembers': 2,
      'members.admitted': 3,
      'members.transferredIn': 1,
      'members.transferredOut': 1,
      'members.left': 1,
      'members.deceased': 1,
    });
    expect(lastYears(year, ['members.total', 'members.female', 'members.partyMembers', 'members.admitted', 'members.left'])).toEqual({
      'members.total': 8,
      'members.female': 5,
      'members.partyMembers': 1,
      'members.admitted': 1,
      'members.left': 0,
    });
    // 2026 (01/12/2025–30/11/2026): m4 admitted, m6 left; at its cut-off A m1 m2 m3 m4 m5 m8, B m10, C m13.
    const next = await figures(backend, 2026);
    expect(values(next, ['members.total', 'members.admitted', 'members.left', 'unions.founded'])).toEqual({
      'members.total': 8,
      'members.admitted': 1,
      'members.left': 1,
      'unions.founded': 1,
    });
    expect(next.get('members.total')?.lastYear).toBe(8);
  });

  it('counts CĐCS managed at the cut-off, founded, dissolved and transferred, and workers', async () => {
    const { backend } = await handMadeOffice();
    const year = await figures(backend, 2025);
    expect(
      values(year, [
        'unions.total',
        'unions.sector.public_service',
        'unions.sector.private_enterprise',
        'unions.sector.fdi_enterprise',
        'unions.sector.state_enterprise',
        'unions.founded',
        'unions.dissolved',
        'unions.transferredOut',
        'unions.transferredIn',
        'workers.total',
        'workers.female',
      ]),
    ).toEqual({
      'unions.total': 3, // A B C
      'unions.sector.public_service': 1,
      'unions.sector.private_enterprise': 1, // B (E is gone, F not yet founded)
      'unions.sector.fdi_enterprise': 1,
      'unions.sector.state_enterprise': 0, // D dissolved
      'unions.founded': 1, // C; F was founded after the cut-off
      'unions.dissolved': 1,
      'unions.transferredOut': 1,
      'unions.transferredIn': 0,
      'workers.total': 170, // 50 + 100 + 20
      'workers.female': 100,
    });
    expect(year.get('unions.total')?.lastYear).toBe(4); // A B D E at 30/11/2024
    expect(year.get('unions.total')?.label).toMatch(/CĐCS/);
    expect(year.get('unions.total')?.unit).toBe('CĐCS');
  });

  it('moves the period with the cut-off option', async () => {
    const { backend } = await handMadeOffice();
    // Cut-off 31/05/2025, period 01/06/2024–31/05/2025. On 31/05/2025: A m1 m2 m5 m6 m8 (m7 left 10/05, m8 came 01/04),
    // B m11 (m9 out 01/02, m10 not until 01/09), C m13, E m12 (E moved 01/08) → 8 members; D dissolved only on 30/06.
    const may = await figures(backend, 2025, '2025-05-31');
    expect(values(may, ['members.total', 'members.admitted', 'unions.total', 'unions.dissolved'])).toEqual({
      'members.total': 8,
      'members.admitted': 3, // m2 m5 (30/11/2024) m13
      'unions.total': 5, // A B C D E
      'unions.dissolved': 0,
    });
  });

  it('refuses a cut-off that is not a calendar date', async () => {
    const backend = temp.open({ dataDir: temp.dir(), actor: ACTOR });
    for (const cutoff of ['2025-13-45', '2025-02-30']) {
      expect((await callError(backend, 'statistics:year', { year: 2025, cutoff })).code).toBe('VALIDATION');
      expect((await callError(backend, 'targets:list', { year: 2025, cutoff })).code).toBe('VALIDATION');
    }
  });

  it('counts the ratings of the year among our CĐCS at the cut-off', async () => {
    const { backend, a, b, c, e } = await handMadeOffice();
    withDb(backend, (db) => {
      const rate = db.prepare("INSERT INTO union_ratings (organization_id, year, rating, updated_at) VALUES (?, ?, ?, '2025-11-01')");
      rate.run(a, 2025, 'strong');
      rate.run(b, 2025, 'good');
      rate.run(c, 2025, 'strong');
      rate.run(e, 2025, 'strong'); // no longer ours at the cut-off: not counted
      rate.run(a, 2024, 'completed');
    });
    const year = await figures(backend, 2025);
    expect(values(year, ['unions.rated', 'unions.rating.strong', 'unions.rating.good', 'unions.rating.completed', 'unions.rating.not_completed', 'unions.strongPercent'])).toEqual({
      'unions.rated': 3,
      'unions.rating.strong': 2,
      'unions.rating.good': 1,
      'unions.rating.completed': 0,
      'unions.rating.not_completed': 0,
      'unions.strongPercent': 66.7, // 2 of 3
    });
    expect(year.get('unions.rating.completed')?.lastYear).toBe(1);
  });

  it('puts an award decided in December after the cut-off into the next year', async () => {
    const { backend, a } = await handMadeOffice();
    withDb(backend, (db) => {
      const kind = db
        .prepare("INSERT INTO award_kinds (category, code, name, issuer_level, recipient_kind, created_at, updated_at) VALUES ('form', 'GK-TEST', 'Giấy khen (thử)', 'own_office', 'both', 'x', 'x')")
        .run().lastInsertRowid;
      const decision = db.prepare(
        "INSERT INTO award_decisions (year, number, decided_on, issuer_level, form_kind_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')",
      );
      const award = db.prepare(
        "INSERT INTO awards (decision_id, year, form_kind_id, recipient_kind, organization_id, recipient_name, amount, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'x')",
      );
      const january = decision.run(2025, '01/QĐ', '2025-01-20', 'own_office', kind).lastInsertRowid;
      award.run(january, 2025, kind, 'individual', a, 'Nguyễn Thị Một', 300_000);
      const december = decision.run(2025, '90/QĐ', '2025-12-15', 'own_office', kind).lastInsertRowid;
      award.run(december, 2025, kind, 'collective', a, 'CĐCS Trường Tiểu học A', 500_000);
      award.run(december, 2025, kind, 'individual', a, 'Lê Thị Ba', 500_000);
      const upper = decision.run(2025, '12/QĐ-LĐLĐ', '2025-03-01', 'province', kind).lastInsertRowid;
      award.run(upper, 2025, kind, 'collective', a, 'CĐCS Trường Tiểu học A', 0);
    });
    const year = await figures(backend, 2025);
    expect(values(year, ['awards.own.total', 'awards.own.individuals', 'awards.own.collectives', 'awards.own.money', 'awards.own.form.GK-TEST', 'awards.upper.province', 'awards.upper.total'])).toEqual({
      'awards.own.total': 1,
      'awards.own.individuals': 1,
      'awards.own.collectives': 0,
      'awards.own.money': 300_000,
      'awards.own.form.GK-TEST': 1,
      'awards.upper.province': 1,
      'awards.upper.total': 1,
    });
    const next = await figures(backend, 2026);
    expect(values(next, ['awards.own.total', 'awards.own.collectives', 'awards.own.money'])).toEqual({ 'awards.own.total': 2, 'awards.own.collectives': 1, 'awards.own.money': 1_000_000 });
  });

  it('sums the care activities of the year by kind', async () => {
    const { backend, a } = await handMadeOffice();
    const care = (kind: 'tet' | 'shelter', year: number, people: number, amount: number, heldOn: string | null) =>
      call(backend, 'care:save', { draft: { year, kind, name: `Chăm lo ${kind} ${year}`, heldOn, organizationId: kind === 'shelter' ? a : null, people, amount, note: '' } });
    await care('tet', 2025, 100, 50_000_000, '2025-01-15');
    await care('shelter', 2025, 1, 50_000_000, '2025-06-01');
    await care('tet', 2024, 80, 40_000_000, '2024-01-20');
    const year = await figures(backend, 2025);
    expect(values(year, ['care.people', 'care.amount', 'care.tet.people', 'care.tet.amount', 'care.shelter.people', 'care.shelter.amount'])).toEqual({
      'care.people': 101,
      'care.amount': 100_000_000,
      'care.tet.people': 100,
      'care.tet.amount': 50_000_000,
      'care.shelter.people': 1,
      'care.shelter.amount': 50_000_000,
    });
    expect(year.get('care.amount')?.lastYear).toBe(40_000_000);
  });
});
