import { describe, expect, it } from 'vitest';
import { call, callError, count, readDb, useTempDirs } from '../../fixtures/backend';
import { OFFICE_NAME, admit, auditRows, emptyOffice } from '../members/helpers';

const temp = useTempDirs();

describe('unions (CĐCS)', () => {
  it('creates CĐCS with automatic codes CS0001…, refuses a code in use, and updates', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [first, second] = await emptyOffice(backend, [
      { name: 'Công đoàn cơ sở Trường Tiểu học Đông Phương Yên', sector: 'public_service', foundedOn: '2001-09-05', workersTotal: 40, workersFemale: 31 },
      'Công đoàn cơ sở Công ty May Đức Giang',
    ]);
    expect(first).toMatchObject({ code: 'CS0001', sector: 'public_service', foundedOn: '2001-09-05', workersTotal: 40, workersFemale: 31, managedByUs: true, activeMembers: 0 });
    expect(second!.code).toBe('CS0002');
    expect(first!.management).toEqual([{ managerName: OFFICE_NAME, validFrom: '2001-09-05', validTo: null, decisionNo: '' }]);

    const taken = await callError(backend, 'unions:save', { draft: { name: 'Công đoàn cơ sở Công ty Cổ phần Sông Đà', code: 'CS0002' } });
    expect(taken.code).toBe('UNION_CODE_TAKEN');
    expect(taken.message).toContain('CS0002');
    expect(taken.message).toContain('Công đoàn cơ sở Công ty May Đức Giang');
    expect((await call(backend, 'unions:list', {})).total).toBe(2);

    const custom = await call(backend, 'unions:save', { draft: { name: 'Nghiệp đoàn xe ôm Ô Chợ Dừa', code: 'CS0010', sector: 'professional_union' } });
    expect(custom.code).toBe('CS0010');
    expect((await call(backend, 'unions:save', { draft: { name: 'Công đoàn cơ sở Bệnh viện Đa khoa Chương Mỹ' } })).code).toBe('CS0011');

    // Update: new name, sector and chair; the code stays unless changed, and cannot take another's.
    const updated = await call(backend, 'unions:save', {
      id: second!.id,
      draft: { name: 'Công đoàn cơ sở Tổng Công ty May Đức Giang', sector: 'state_enterprise', chairName: 'Lê Tuyết Mai', phone: '0912345678' },
    });
    expect(updated).toMatchObject({ id: second!.id, code: 'CS0002', name: 'Công đoàn cơ sở Tổng Công ty May Đức Giang', sector: 'state_enterprise', chairName: 'Lê Tuyết Mai' });
    expect((await call(backend, 'unions:byCode', { code: 'CS0002' })).name).toBe('Công đoàn cơ sở Tổng Công ty May Đức Giang');
    expect((await callError(backend, 'unions:save', { id: second!.id, draft: { name: 'X', code: 'CS0001' } })).code).toBe('UNION_CODE_TAKEN');
    expect((await call(backend, 'unions:save', { id: second!.id, draft: { name: 'Công đoàn cơ sở Tổng Công ty May Đức Giang', code: 'CS0002' } })).code).toBe('CS0002');
    expect((await callError(backend, 'unions:byCode', { code: 'CS9999' })).code).toBe('UNION_NOT_FOUND');

    expect(auditRows(backend, 'organizations', second!.id).map((r) => r.action)).toEqual(['create', 'update', 'update']);
  });

  it('refuses to dissolve a CĐCS with active members, then dissolves it on the date once they have left', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [u, other] = await emptyOffice(backend, [
      { name: 'Công đoàn cơ sở Công ty TNHH Hòa Bình', foundedOn: '2010-04-01' },
      'Công đoàn cơ sở Công ty May Đức Giang',
    ]);
    const one = await admit(backend, u!.id, 'Nguyễn Văn An');
    const two = await admit(backend, u!.id, 'Trần Thị Bình');

    const refused = await callError(backend, 'unions:dissolve', { id: u!.id, date: '2025-03-01', decisionNo: '15/QĐ-CĐP' });
    expect(refused.code).toBe('UNION_HAS_MEMBERS');
    expect(refused.message).toContain('Công đoàn cơ sở Công ty TNHH Hòa Bình');
    expect(refused.message).toContain('2 đoàn viên');
    expect((await call(backend, 'unions:get', { id: u!.id })).dissolvedOn).toBeNull();

    await call(backend, 'members:end', { memberIds: [one], kind: 'left', date: '2025-02-20' });
    expect((await callError(backend, 'unions:dissolve', { id: u!.id, date: '2025-03-01' })).message).toContain('1 đoàn viên');
    await call(backend, 'members:transfer', { memberIds: [two], toOrganizationId: other!.id, date: '2025-02-25' });

    const dissolved = await call(backend, 'unions:dissolve', { id: u!.id, date: '2025-03-01', decisionNo: '15/QĐ-CĐP' });
    expect(dissolved).toMatchObject({ dissolvedOn: '2025-03-01', dissolutionDecision: '15/QĐ-CĐP', activeMembers: 0 });
    expect(dissolved.management).toEqual([{ managerName: OFFICE_NAME, validFrom: '2010-04-01', validTo: '2025-03-01', decisionNo: '' }]);
    expect((await call(backend, 'unions:list', {})).items.map((i) => i.id)).toEqual([other!.id]);
    const withDissolved = await call(backend, 'unions:list', { includeDissolved: true });
    expect(withDissolved.items.map((i) => i.id).sort()).toEqual([u!.id, other!.id].sort());
    expect(auditRows(backend, 'organizations', u!.id).map((r) => r.action)).toEqual(['create', 'dissolve']);
  });

  it('moves a CĐCS to another managing union by name, keeping the dated management history', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [u, stays] = await emptyOffice(backend, [
      { name: 'Công đoàn cơ sở Trường THCS Lam Điền', foundedOn: '1998-10-15', foundingDecision: '45/QĐ-LĐLĐ' },
      'Công đoàn cơ sở Công ty May Đức Giang',
    ]);
    await admit(backend, u!.id, 'Nguyễn Văn An');

    const moved = await call(backend, 'unions:move', { id: u!.id, managerName: 'Công đoàn xã Hòa Phú', date: '2025-07-01', decisionNo: '100/QĐ-LĐLĐ' });
    expect(moved.managedByUs).toBe(false);
    expect(moved.management).toEqual([
      { managerName: OFFICE_NAME, validFrom: '1998-10-15', validTo: '2025-07-01', decisionNo: '45/QĐ-LĐLĐ' },
      { managerName: 'Công đoàn xã Hòa Phú', validFrom: '2025-07-01', validTo: null, decisionNo: '100/QĐ-LĐLĐ' },
    ]);
    expect((await call(backend, 'unions:list', { includeDissolved: true })).items.map((i) => i.id)).toEqual([stays!.id]);
    // The new manager is an upper-grassroots union beside our office, under the same upper level.
    readDb(backend.dbFile, (db) => {
      const rows = db
        .prepare("SELECT o.name, o.parent_id = office.parent_id AS sibling FROM organizations o, organizations office WHERE office.is_own_office = 1 AND o.level = 'upper_grassroots' AND o.is_own_office = 0")
        .all();
      expect(rows).toEqual([{ name: 'Công đoàn xã Hòa Phú', sibling: 1 }]);
      expect(count(db, 'SELECT count(*) FROM organization_management WHERE organization_id = ? AND valid_to IS NULL', u!.id)).toBe(1);
    });

    // The same manager, typed without diacritics, is found, not created again: nothing to move.
    expect((await callError(backend, 'unions:move', { id: u!.id, managerName: 'cong doan xa hoa phu', date: '2025-08-01' })).code).toBe('SAME_UNION');
    // Handed back to us later: a third dated row, and it is listed again.
    const back = await call(backend, 'unions:move', { id: u!.id, managerName: 'CÔNG ĐOÀN PHƯỜNG CHƯƠNG MỸ', date: '2026-01-01' });
    expect(back.managedByUs).toBe(true);
    expect(back.management.map((m) => [m.managerName, m.validFrom, m.validTo])).toEqual([
      [OFFICE_NAME, '1998-10-15', '2025-07-01'],
      ['Công đoàn xã Hòa Phú', '2025-07-01', '2026-01-01'],
      [OFFICE_NAME, '2026-01-01', null],
    ]);
    expect((await call(backend, 'unions:list', {})).total).toBe(2);
    readDb(backend.dbFile, (db) => expect(count(db, "SELECT count(*) FROM organizations WHERE level = 'upper_grassroots'")).toBe(2));
    expect(auditRows(backend, 'organizations', u!.id).map((r) => r.action)).toEqual(['create', 'move', 'move']);
  });

  it('lists in Vietnamese order and searches ignoring case and diacritics, by name or code', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const names = [
      'Công đoàn cơ sở Ủy ban nhân dân xã An Khánh',
      'Công đoàn cơ sở Công ty Dương Minh',
      'Công đoàn cơ sở Công ty Đông Á',
      'Công đoàn cơ sở Bệnh viện Ứng Hòa',
      'Nghiệp đoàn xe ôm Ô Chợ Dừa',
      'Công đoàn cơ sở Trường Mầm non Ánh Dương',
      'Công đoàn cơ sở Công ty Đa Phúc',
      'Công đoàn cơ sở Công ty Dệt Thành Công',
      'Công đoàn cơ sở Bệnh viện Ung Bướu',
    ];
    await emptyOffice(backend, names.map((name, i) => ({ name, sector: i % 2 === 0 ? 'private_enterprise' : 'public_service' }) as const));
    const listed = await call(backend, 'unions:list', {});
    expect(listed.items.map((i) => i.name)).toEqual([
      'Công đoàn cơ sở Bệnh viện Ung Bướu',
      'Công đoàn cơ sở Bệnh viện Ứng Hòa',
      'Công đoàn cơ sở Công ty Dệt Thành Công',
      'Công đoàn cơ sở Công ty Dương Minh',
      'Công đoàn cơ sở Công ty Đa Phúc',
      'Công đoàn cơ sở Công ty Đông Á',
      'Công đoàn cơ sở Trường Mầm non Ánh Dương',
      'Công đoàn cơ sở Ủy ban nhân dân xã An Khánh',
      'Nghiệp đoàn xe ôm Ô Chợ Dừa',
    ]);
    const collator = new Intl.Collator('vi');
    expect(listed.items.map((i) => i.name)).toEqual([...names].sort(collator.compare));

    const search = async (text: string) => (await call(backend, 'unions:list', { search: text })).items.map((i) => i.name);
    expect(await search('dong a')).toEqual(['Công đoàn cơ sở Công ty Đông Á']);
    expect(await search('ỨNG HÒA')).toEqual(['Công đoàn cơ sở Bệnh viện Ứng Hòa']);
    expect(await search('ung')).toEqual(['Công đoàn cơ sở Bệnh viện Ung Bướu', 'Công đoàn cơ sở Bệnh viện Ứng Hòa']);
    expect(await search('duong')).toEqual(['Công đoàn cơ sở Công ty Dương Minh', 'Công đoàn cơ sở Trường Mầm non Ánh Dương']);
    expect(await search('cs0003')).toEqual(['Công đoàn cơ sở Công ty Đông Á']);
    expect(await search('Chợ dua')).toEqual(['Nghiệp đoàn xe ôm Ô Chợ Dừa']);
    expect(await search('không có')).toEqual([]);
    const bySector = await call(backend, 'unions:list', { sector: 'public_service' });
    expect(bySector.items.every((i) => i.sector === 'public_service')).toBe(true);
    expect(bySector.total).toBe(4);
    const paged = await call(backend, 'unions:list', { offset: 2, limit: 3 });
    expect(paged.total).toBe(9);
    expect(paged.items.map((i) => i.name)).toEqual(listed.items.slice(2, 5).map((i) => i.name));
  });
});
