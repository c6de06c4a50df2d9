import { describe, expect, it } from 'vitest';
import { call, callError, count, readDb, useTempDirs } from '../../fixtures/backend';
import { emptyOffice } from '../members/helpers';
import { CRITERIA, scoredCluster } from './helpers';

const temp = useTempDirs();

const PEERS = ['LĐLĐ huyện Chương Mỹ', 'LĐLĐ huyện Mỹ Đức', 'LĐLĐ huyện Phú Xuyên', 'LĐLĐ huyện Ứng Hòa'];

async function peerCluster(backend: Parameters<typeof call>[0], year: number, leader: string | null, deputy: string | null = null) {
  const { id } = await call(backend, 'clusters:save', { draft: { year, name: 'Cụm thi đua số 5', kind: 'cluster', scope: 'peers' } });
  await call(backend, 'clusters:setMembers', {
    id,
    members: PEERS.map((name) => ({ organizationId: null, name, role: name === leader ? ('leader' as const) : name === deputy ? ('deputy' as const) : ('member' as const) })),
  });
  return id;
}

describe('clusters and blocks', () => {
  it('suggests as leader the unit that has waited longest since it last led, and says why', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await emptyOffice(backend);
    await peerCluster(backend, 2022, 'LĐLĐ huyện Mỹ Đức');
    await peerCluster(backend, 2023, 'LĐLĐ huyện Chương Mỹ', 'LĐLĐ huyện Ứng Hòa');
    await peerCluster(backend, 2024, 'LĐLĐ huyện Phú Xuyên', 'LĐLĐ huyện Mỹ Đức');
    const id2025 = await peerCluster(backend, 2025, null);
    const { rotation } = await call(backend, 'clusters:get', { id: id2025 });
    expect(rotation.leader).toMatchObject({ name: 'LĐLĐ huyện Ứng Hòa', lastLedYear: null, historyFrom: 2022 });
    expect(rotation.deputy).toMatchObject({ name: 'LĐLĐ huyện Mỹ Đức', lastLedYear: 2022, wasDeputyLastYear: true });
  });

  it('refuses a pledge signed on a day that does not exist', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await emptyOffice(backend);
    const id = await peerCluster(backend, 2025, null);
    const error = await callError(backend, 'clusters:savePledge', { id, pledge: { number: '01/GƯTĐ', signedOn: '2025-02-30', place: 'Chương Mỹ', body: '' } });
    expect(error.code).toBe('VALIDATION');
    expect((await call(backend, 'clusters:get', { id })).pledge).toBeNull();
  });

  it('copies a cluster to next year with the same units, the rotated leader and the criteria table, without scores', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { clusterId, sheetId, units, criteria } = await scoredCluster(backend);
    await call(backend, 'scores:save', { sheetId, cells: [{ criterionId: criteria[1]!.id, clusterMemberId: units[0]!.id, field: 'agreed', value: 40 }] });
    await call(backend, 'clusters:savePledge', { id: clusterId, pledge: { number: '01/GƯTĐ', signedOn: '2025-02-20', place: 'Chương Mỹ', body: 'Cam kết' } });
    const copy = await call(backend, 'clusters:copyToNextYear', { id: clusterId });
    expect(copy.year).toBe(2026);
    const next = await call(backend, 'clusters:get', { id: copy.id });
    expect(next.members.map((m) => m.name)).toEqual(units.map((u) => u.name));
    expect(next.pledge).toEqual({ number: '01/GƯTĐ', signedOn: null, place: 'Chương Mỹ', body: 'Cam kết' });
    // the 2025 leader (first unit) led last; the next in line leads in 2026
    expect(next.cluster.leaderName).toBe(units[1]!.name);
    expect(next.cluster.deputyName).toBe(units[2]!.name);
    const sheet = await call(backend, 'scoreSheets:get', { id: next.cluster.sheetId! });
    expect(sheet.sheet.year).toBe(2026);
    expect(sheet.criteria.map((c) => [c.kind, c.content, c.maxPoints])).toEqual(CRITERIA.map((c) => [c.kind, c.content, c.maxPoints]));
    expect(sheet.criteria[1]!.parentId).toBe(sheet.criteria[0]!.id);
    expect(sheet.bands).toHaveLength(4);
    expect(sheet.scores).toEqual([]);
    expect((await callError(backend, 'clusters:copyToNextYear', { id: clusterId })).code).toBe('CLUSTER_NEXT_YEAR_EXISTS');
  });

  it("copies last year's table into a new year's sheet and lets it be edited", async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { sheetId, unions } = await scoredCluster(backend);
    const { id: clusterId } = await call(backend, 'clusters:save', { draft: { year: 2026, name: 'Khối Giáo dục 2026', kind: 'block', scope: 'own_unions' } });
    await call(backend, 'clusters:setMembers', { id: clusterId, members: [{ organizationId: unions[0]!.id, name: unions[0]!.name, role: 'leader' }] });
    const { id } = await call(backend, 'scoreSheets:create', { clusterId, copyFrom: sheetId });
    const copied = await call(backend, 'scoreSheets:get', { id });
    expect(copied.sheet.name).toContain('2026');
    expect(copied.criteria).toHaveLength(CRITERIA.length);
    const edited = await call(backend, 'scoreSheets:saveCriteria', {
      id,
      criteria: [...copied.criteria.map(({ id: cid, kind, code, content, condition, evidence, maxPoints, levels }) => ({ id: cid, kind, code, content, condition, evidence, maxPoints: content === 'Thu, nộp kinh phí' ? 40 : maxPoints, levels })).filter((c) => c.kind !== 'bonus'), { kind: 'criterion', code: '3', content: 'Chăm lo đời sống đoàn viên', maxPoints: 10 }],
    });
    expect(edited.criteria.map((c) => c.content)).toEqual(['Công tác tổ chức', 'Phát triển đoàn viên', 'Thu, nộp kinh phí', 'Điểm trừ', 'Chăm lo đời sống đoàn viên']);
    expect(edited.sheet.maxTotal).toBe(100);
    // the 2025 sheet is untouched
    expect((await call(backend, 'scoreSheets:get', { id: sheetId })).criteria).toHaveLength(CRITERIA.length);
    expect((await callError(backend, 'scoreSheets:create', { clusterId, copyFrom: null })).code).toBe('SCORE_SHEET_EXISTS');
  });

  it('keeps one leader, refuses duplicates and units outside our records in a cluster of our CĐCS', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { clusterId, units } = await scoredCluster(backend);
    const two = await callError(backend, 'clusters:setMembers', {
      id: clusterId,
      members: units.map((u) => ({ id: u.id, organizationId: u.organizationId, name: u.name, role: 'leader' })),
    });
    expect(two.code).toBe('CLUSTER_ROLE_TWICE');
    const dup = await callError(backend, 'clusters:setMembers', {
      id: clusterId,
      members: [...units.map((u) => ({ id: u.id, organizationId: u.organizationId, name: u.name, role: 'member' as const })), { organizationId: units[0]!.organizationId, name: 'X', role: 'member' }],
    });
    expect(dup.code).toBe('CLUSTER_MEMBER_DUPLICATE');
    const peer = await callError(backend, 'clusters:setMembers', { id: clusterId, members: [{ organizationId: null, name: 'LĐLĐ huyện Mỹ Đức', role: 'member' }] });
    expect(peer.code).toBe('CLUSTER_NO_PEERS_IN_OWN');
    // removing a unit removes its scores
    const kept = await call(backend, 'clusters:setMembers', {
      id: clusterId,
      members: units.slice(1).map((u, i) => ({ id: u.id, organizationId: u.organizationId, name: u.name, role: i === 0 ? ('leader' as const) : ('deputy' as const) })),
    });
    expect(kept.cluster.leaderName).toBe(units[1]!.name);
    expect(kept.cluster.deputyName).toBe(units[2]!.name);
    expect(readDb(backend.dbFile, (db) => count(db, 'SELECT count(*) FROM cluster_members WHERE cluster_id = ?', clusterId))).toBe(2);
  });

  it('saves the pledge and exports the sheet and the ranking to .xlsx with numbers as numbers', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { clusterId, sheetId, units, criteria } = await scoredCluster(backend);
    await call(backend, 'clusters:savePledge', { id: clusterId, pledge: { number: '01/GƯTĐ', signedOn: '2025-02-20', place: 'Chương Mỹ', body: 'Các đơn vị cam kết…' } });
    expect((await call(backend, 'clusters:get', { id: clusterId })).pledge).toMatchObject({ signedOn: '2025-02-20', place: 'Chương Mỹ' });
    await call(backend, 'scores:save', { sheetId, cells: [{ criterionId: criteria[1]!.id, clusterMemberId: units[0]!.id, field: 'agreed', value: 42.5 }] });
    const ExcelJS = (await import('exceljs')).default;
    const { file } = await call(backend, 'scoreSheets:export', { id: sheetId, what: 'ranking' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(3).getCell(2).value).toBe('Đơn vị');
    expect(ws.getRow(4).getCell(2).value).toBe(units[0]!.name);
    expect(ws.getRow(4).getCell(4).value).toBe(42.5);
    expect(ws.getRow(4).getCell(7).value).toBe(1);
    const sheetFile = (await call(backend, 'scoreSheets:export', { id: sheetId, what: 'sheet' })).file;
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(sheetFile);
    const ws2 = wb2.worksheets[0]!;
    expect(ws2.getRow(6).getCell(2).value).toBe('Phát triển đoàn viên');
    expect(ws2.getRow(6).getCell(5).value).toBe(50);
    expect(ws2.getRow(6).getCell(7).value).toBe(42.5);
  });
});
