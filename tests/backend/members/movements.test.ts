import { describe, expect, it } from 'vitest';
import { call, callError, count, readDb, useTempDirs } from '../../fixtures/backend';
import { admit, auditRows, emptyOffice } from './helpers';

const temp = useTempDirs();

const UNION_A = 'Công đoàn cơ sở Trường Tiểu học Đông Phương Yên';
const UNION_B = 'Công đoàn cơ sở Công ty May Đức Giang';

describe('member movements and their history', () => {
  it('admit → transfer to another CĐCS → leave, with history rows and the member in the new union', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [a, b] = await emptyOffice(backend, [UNION_A, UNION_B]);
    const id = await admit(backend, a!.id, 'Nguyễn Văn Đức', {}, '2024-05-01');

    const transfer = await call(backend, 'members:transfer', { memberIds: [id], toOrganizationId: b!.id, date: '2025-01-10', decisionNo: '12/QĐ-CĐP' });
    expect(transfer).toEqual({ transferred: 1 });
    let got = await call(backend, 'members:get', { id });
    expect(got.member).toMatchObject({ organizationId: b!.id, organizationName: UNION_B, status: 'active', joinedOn: '2024-05-01' });
    expect(got.movements.map((m) => ({ kind: m.kind, date: m.date, decisionNo: m.decisionNo, from: m.fromOrganizationName, to: m.toOrganizationName }))).toEqual([
      { kind: 'admitted', date: '2024-05-01', decisionNo: '', from: '', to: UNION_A },
      { kind: 'transferred_out', date: '2025-01-10', decisionNo: '12/QĐ-CĐP', from: UNION_A, to: UNION_B },
      { kind: 'transferred_in', date: '2025-01-10', decisionNo: '12/QĐ-CĐP', from: UNION_A, to: UNION_B },
    ]);
    expect((await call(backend, 'members:list', { organizationId: b!.id })).items.map((m) => m.id)).toEqual([id]);
    expect((await call(backend, 'members:list', { organizationId: a!.id })).total).toBe(0);
    expect((await call(backend, 'unions:get', { id: a!.id })).activeMembers).toBe(0);
    expect((await call(backend, 'unions:get', { id: b!.id })).activeMembers).toBe(1);

    await call(backend, 'members:end', { memberIds: [id], kind: 'left', date: '2025-02-01', decisionNo: '20/QĐ-CĐP', note: 'Nghỉ việc' });
    got = await call(backend, 'members:get', { id });
    expect(got.member.status).toBe('left');
    expect(got.member.organizationId).toBe(b!.id);
    expect(got.movements.at(-1)).toMatchObject({ kind: 'left', date: '2025-02-01', fromOrganizationName: UNION_B, toOrganizationId: null, note: 'Nghỉ việc' });
    expect((await call(backend, 'members:list', { status: 'active' })).total).toBe(0);
    expect((await call(backend, 'members:list', { status: 'left' })).items.map((m) => m.id)).toEqual([id]);

    // No longer active: neither a transfer nor a second ending.
    const again = await callError(backend, 'members:transfer', { memberIds: [id], toOrganizationId: a!.id, date: '2025-03-01' });
    expect(again.code).toBe('MEMBER_NOT_ACTIVE');
    expect(again.message).toContain('Nguyễn Văn Đức');
    expect(again.message).toContain('không còn sinh hoạt');
    expect((await callError(backend, 'members:end', { memberIds: [id], kind: 'deceased', date: '2025-03-01' })).code).toBe('MEMBER_NOT_ACTIVE');
    expect((await call(backend, 'members:get', { id })).movements).toHaveLength(4);

    // Every change left an audit row: admitted, transfer, left.
    expect(auditRows(backend, 'members', id).map((r) => r.action)).toEqual(['admitted', 'transfer', 'left']);
    const transferAudit = JSON.parse(auditRows(backend, 'members', id)[1]!.after ?? '{}') as Record<string, unknown>;
    expect(transferAudit).toMatchObject({ to: b!.id, date: '2025-01-10' });
  });

  it('transfers out of the office: status transferred_out, the destination kept as a note', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [a] = await emptyOffice(backend, [UNION_A]);
    const id = await admit(backend, a!.id, 'Trần Thị Dung');
    await call(backend, 'members:transfer', { memberIds: [id], toName: 'Công đoàn cơ sở Công ty Điện lực Hà Đông', date: '2025-02-15' });
    const { member, movements } = await call(backend, 'members:get', { id });
    expect(member).toMatchObject({ status: 'transferred_out', organizationId: a!.id });
    expect(movements.map((m) => m.kind)).toEqual(['admitted', 'transferred_out']);
    expect(movements[1]).toMatchObject({ fromOrganizationId: a!.id, toOrganizationId: null, note: 'Công đoàn cơ sở Công ty Điện lực Hà Đông' });
    expect((await call(backend, 'members:list', { status: 'transferred_out' })).total).toBe(1);
    expect((await callError(backend, 'members:transfer', { memberIds: [id], toName: 'Nơi khác', date: '2025-03-01' })).code).toBe('MEMBER_NOT_ACTIVE');
  });

  it('transfers in from outside: a new active member with a transferred_in row naming where they came from', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [a] = await emptyOffice(backend, [UNION_A]);
    const { id } = await call(backend, 'members:transferIn', {
      draft: { organizationId: a!.id, fullName: 'Lê Văn Cường', joinedOn: '2012-03-08' },
      date: '2025-01-05',
      fromName: 'Công đoàn cơ sở Công ty Sông Đà',
    });
    const { member, movements } = await call(backend, 'members:get', { id });
    expect(member).toMatchObject({ status: 'active', joinedOn: '2012-03-08' });
    expect(movements).toEqual([expect.objectContaining({ kind: 'transferred_in', date: '2025-01-05', note: 'Công đoàn cơ sở Công ty Sông Đà', toOrganizationId: a!.id })]);
    expect(auditRows(backend, 'members', id).map((r) => r.action)).toEqual(['transferred_in']);
  });

  it('refuses a transfer (or an admission) into a dissolved CĐCS, and into the same CĐCS', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [a, closed] = await emptyOffice(backend, [UNION_A, { name: 'Công đoàn cơ sở Công ty TNHH Hòa Bình', foundedOn: '2010-01-01' }]);
    await call(backend, 'unions:dissolve', { id: closed!.id, date: '2025-01-01', decisionNo: '05/QĐ-CĐP' });
    const id = await admit(backend, a!.id, 'Phạm Thị Hoa');

    const refused = await callError(backend, 'members:transfer', { memberIds: [id], toOrganizationId: closed!.id, date: '2025-02-01' });
    expect(refused.code).toBe('UNION_DISSOLVED');
    expect(refused.message).toContain('Công đoàn cơ sở Công ty TNHH Hòa Bình');
    expect(refused.message).toContain('01/01/2025');
    expect((await callError(backend, 'members:admit', { draft: { organizationId: closed!.id, fullName: 'Vũ Thị Giang' }, date: '2025-02-01' })).code).toBe('UNION_DISSOLVED');
    // Before the dissolution date the union still took members.
    const earlier = await call(backend, 'members:admit', { draft: { organizationId: closed!.id, fullName: 'Vũ Thị Giang' }, date: '2024-12-01' });
    expect(earlier.id).toBeGreaterThan(0);

    expect((await callError(backend, 'members:transfer', { memberIds: [id], toOrganizationId: a!.id, date: '2025-02-01' })).code).toBe('SAME_UNION');
    const { member, movements } = await call(backend, 'members:get', { id });
    expect(member.organizationId).toBe(a!.id);
    expect(movements.map((m) => m.kind)).toEqual(['admitted']);
  });

  it('rolls a bulk transfer back entirely when one member is not active', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [a, b] = await emptyOffice(backend, [UNION_A, UNION_B]);
    const first = await admit(backend, a!.id, 'Hoàng Văn Em');
    const gone = await admit(backend, a!.id, 'Đỗ Văn Hùng');
    const last = await admit(backend, a!.id, 'Lê Thị Đào');
    await call(backend, 'members:end', { memberIds: [gone], kind: 'deceased', date: '2025-01-20' });
    const snapshot = () =>
      readDb(backend.dbFile, (db) => ({
        movements: count(db, 'SELECT count(*) FROM member_movements'),
        audit: count(db, 'SELECT count(*) FROM audit_log'),
        inB: count(db, 'SELECT count(*) FROM members WHERE organization_id = ?', b!.id),
      }));
    const before = snapshot();

    const error = await callError(backend, 'members:transfer', { memberIds: [first, gone, last], toOrganizationId: b!.id, date: '2025-02-01' });
    expect(error.code).toBe('MEMBER_NOT_ACTIVE');
    expect(error.message).toContain('Đỗ Văn Hùng');
    expect(snapshot()).toEqual(before);
    expect(before.inB).toBe(0);
    for (const id of [first, last]) {
      const { member, movements } = await call(backend, 'members:get', { id });
      expect(member.organizationId).toBe(a!.id);
      expect(movements.map((m) => m.kind)).toEqual(['admitted']);
    }
    expect((await call(backend, 'members:list', { organizationId: b!.id })).total).toBe(0);

    // The same for ending memberships in bulk.
    expect((await callError(backend, 'members:end', { memberIds: [first, gone], kind: 'left', date: '2025-02-01' })).code).toBe('MEMBER_NOT_ACTIVE');
    expect((await call(backend, 'members:get', { id: first })).member.status).toBe('active');
    expect(snapshot()).toEqual(before);

    // Without the inactive member the bulk transfer goes through: two history rows each.
    expect(await call(backend, 'members:transfer', { memberIds: [first, last], toOrganizationId: b!.id, date: '2025-02-01' })).toEqual({ transferred: 2 });
    expect(snapshot()).toEqual({ movements: before.movements + 4, audit: before.audit + 2, inB: 2 });
  });

  it('writes an audit row for every change: admit, update, transfer, end, delete', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [a, b] = await emptyOffice(backend, [UNION_A, UNION_B]);
    const id = await admit(backend, a!.id, 'Nguyễn Văn Dũng', { phone: '0912000111' });
    const other = await admit(backend, a!.id, 'Nguyễn Thị Dung');
    const { member } = await call(backend, 'members:get', { id });
    await call(backend, 'members:update', { id, draft: { organizationId: member.organizationId, fullName: member.fullName, phone: '0912000222', joinedOn: member.joinedOn } });
    await call(backend, 'members:transfer', { memberIds: [id], toOrganizationId: b!.id, date: '2025-02-01' });
    await call(backend, 'members:end', { memberIds: [id], kind: 'deceased', date: '2025-03-01' });
    await call(backend, 'members:delete', { ids: [id] });

    const rows = auditRows(backend, 'members', id);
    expect(rows.map((r) => r.action)).toEqual(['admitted', 'update', 'transfer', 'deceased', 'delete']);
    expect(JSON.parse(rows[1]!.before ?? '{}')).toMatchObject({ phone: '0912000111' });
    expect(JSON.parse(rows[1]!.after ?? '{}')).toMatchObject({ phone: '0912000222' });
    // The delete keeps what was deleted, history included.
    const deleted = JSON.parse(rows[4]!.before ?? '{}') as { fullName: string; movements: { kind: string }[] };
    expect(deleted.fullName).toBe('Nguyễn Văn Dũng');
    expect(deleted.movements.map((m) => m.kind)).toEqual(['admitted', 'transferred_out', 'transferred_in', 'deceased']);
    expect((await callError(backend, 'members:get', { id })).code).toBe('MEMBER_NOT_FOUND');
    expect(auditRows(backend, 'members', other).map((r) => r.action)).toEqual(['admitted']);
  });

  it('an update cannot move a member to another CĐCS: that takes a transfer', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [a, b] = await emptyOffice(backend, [UNION_A, UNION_B]);
    const id = await admit(backend, a!.id, 'Ngô Văn Hoàng');
    const updated = await call(backend, 'members:update', { id, draft: { organizationId: b!.id, fullName: 'Ngô Văn Hoàng' } });
    expect(updated.organizationId).toBe(a!.id);
    expect((await call(backend, 'members:get', { id })).movements.map((m) => m.kind)).toEqual(['admitted']);
  });
});
