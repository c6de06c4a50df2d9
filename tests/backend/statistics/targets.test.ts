import { describe, expect, it } from 'vitest';
import type { TargetDraft } from '../../../shared/statistics/targets';
import { FIXED_NOW, call, callError, readDb, useTempDirs } from '../../fixtures/backend';
import { ACTOR, F, M, admit, setUpOffice, union, withDb } from './office';
import { reportingPeriod } from '../../../shared/statistics/period';
import { withActuals } from '../../../electron/backend/statistics/targetActuals';
import { targetsOfYear } from '../../../electron/backend/statistics/targetsRepository';

const temp = useTempDirs();

const draft = (extra: Partial<TargetDraft>): TargetDraft => ({
  year: 2025,
  code: 'CT01',
  name: 'Kết nạp đoàn viên mới',
  unit: 'đoàn viên',
  target: 4,
  assignedBy: 'upper',
  assigneeOrganizationId: null,
  assigneeClusterId: null,
  metric: 'members.admitted',
  note: '',
  ...extra,
});

async function office() {
  const backend = temp.open({ dataDir: temp.dir(), actor: ACTOR });
  await setUpOffice(backend);
  const a = await union(backend, { name: 'CĐCS Trường Mầm non A', foundedOn: '2010-01-01' });
  const b = await union(backend, { name: 'CĐCS Công ty May B', foundedOn: '2012-01-01' });
  await admit(backend, a, 'Nguyễn Thị Một', F, '2020-01-01'); // before the period
  await admit(backend, a, 'Trần Văn Hai', M, '2025-02-01');
  await admit(backend, b, 'Lê Thị Ba', F, '2025-03-01');
  return { backend, a, b };
}

const byCode = async (backend: Parameters<typeof call>[0], year = 2025) => (await call(backend, 'targets:list', { year })).targets;

describe('targets (chỉ tiêu)', () => {
  it('computes actuals from the data and recomputes them after members are admitted and CĐCS founded', async () => {
    const { backend, a } = await office();
    // Period 2025 = 01/12/2024–30/11/2025: admitted so far Hai (A) and Ba (B) = 2; our CĐCS founded in it: none.
    await call(backend, 'targets:save', { draft: draft({}) });
    await call(backend, 'targets:save', { draft: draft({ code: 'CT02', name: 'Thành lập CĐCS mới', unit: 'CĐCS', target: 1, metric: 'unions.founded' }) });
    await call(backend, 'targets:save', { draft: draft({ code: 'CT01', target: 1, assignedBy: 'own_office', assigneeOrganizationId: a }) });
    let targets = await byCode(backend);
    expect(targets.map((t) => [t.code, t.assigneeOrganizationId, t.actual, t.percent, t.status, t.source])).toEqual([
      ['CT01', null, 2, 50, 'not_met', 'data'], // 2 of 4
      ['CT02', null, 0, 0, 'not_met', 'data'],
      ['CT01', a, 1, 100, 'met', 'data'], // A alone: Hai
    ]);

    // Two more admissions into A, and a CĐCS founded in the period.
    await admit(backend, a, 'Phạm Văn Bốn', M, '2025-04-01');
    await admit(backend, a, 'Hoàng Thị Năm', F, '2025-05-01');
    const c = await union(backend, { name: 'CĐCS Công ty Điện tử C', foundedOn: '2025-06-01' });
    await admit(backend, c, 'Vũ Văn Sáu', M, '2025-06-15');
    targets = await byCode(backend);
    expect(targets.map((t) => [t.code, t.actual, t.percent, t.status])).toEqual([
      ['CT01', 5, 125, 'exceeded'], // Hai Ba Bốn Năm Sáu: 5 of 4
      ['CT02', 1, 100, 'met'],
      ['CT01', 3, 300, 'exceeded'], // A: Hai Bốn Năm
    ]);
  });

  it('takes a typed actual where the data has none, with who and when, and an audit row', async () => {
    const { backend } = await office();
    const saved = await call(backend, 'targets:save', {
      draft: draft({ code: 'CT05', name: 'Ký mới thỏa ước lao động tập thể', unit: 'bản', target: 20, metric: 'agreements.collective' }),
    });
    expect(saved).toMatchObject({ actual: null, source: 'manual', status: null, percent: null });
    const typed = await call(backend, 'targets:setActual', { id: saved.id, value: 31 });
    // 31 / 20 = 155 % → vượt ("đạt 155% chỉ tiêu")
    expect(typed).toMatchObject({ actual: 31, source: 'manual', percent: 155, status: 'exceeded', manualBy: ACTOR, manualAt: FIXED_NOW().toISOString() });
    const audit = readDb(backend.dbFile, (db) =>
      db.prepare("SELECT actor, action, after FROM audit_log WHERE entity = 'targets' AND entity_id = ? ORDER BY id").all(String(saved.id)),
    ) as { actor: string; action: string; after: string }[];
    expect(audit.map((row) => row.action)).toEqual(['create', 'set_actual']);
    expect(audit[1]).toMatchObject({ actor: ACTOR });
    expect(JSON.parse(audit[1]!.after)).toEqual({ manualActual: 31 });

    // A target whose actual comes from the data cannot be typed over.
    const fromData = await call(backend, 'targets:save', { draft: draft({}) });
    const refused = await callError(backend, 'targets:setActual', { id: fromData.id, value: 9 });
    expect(refused.code).toBe('TARGET_ACTUAL_FROM_DATA');
    expect(refused.message).toContain('Kết nạp đoàn viên mới');
  });

  it('tells đạt, vượt and chưa đạt apart at exactly 100 %', async () => {
    const { backend } = await office();
    const t = await call(backend, 'targets:save', { draft: draft({ code: 'CT09', name: 'Giới thiệu đoàn viên ưu tú', unit: 'người', target: 10, metric: null }) });
    expect((await call(backend, 'targets:setActual', { id: t.id, value: 10 })).status).toBe('met');
    expect((await call(backend, 'targets:setActual', { id: t.id, value: 10.5 })).status).toBe('exceeded');
    const below = await call(backend, 'targets:setActual', { id: t.id, value: 9 });
    expect([below.status, below.percent]).toEqual(['not_met', 90]);
    const cleared = await call(backend, 'targets:setActual', { id: t.id, value: null });
    expect([cleared.actual, cleared.manualBy, cleared.status]).toEqual([null, null, null]);
  });

  it('refuses a duplicate code, a missing assignee and an unknown metric, naming what to fix', async () => {
    const { backend, a } = await office();
    await call(backend, 'targets:save', { draft: draft({}) });
    expect((await callError(backend, 'targets:save', { draft: draft({}) })).code).toBe('TARGET_CODE_TAKEN');
    // The same code for one CĐCS is another target.
    await call(backend, 'targets:save', { draft: draft({ assignedBy: 'own_office', assigneeOrganizationId: a }) });
    expect((await callError(backend, 'targets:save', { draft: draft({ code: 'X', assignedBy: 'own_office' }) })).code).toBe('TARGET_OWN_WITHOUT_ASSIGNEE');
    const unknown = await callError(backend, 'targets:save', { draft: draft({ code: 'Y', metric: 'members.nothing' }) });
    expect(unknown.code).toBe('TARGET_METRIC_UNKNOWN');
    expect(unknown.message).toContain('members.nothing');
  });

  it("copies last year's targets without their typed actuals, and deletes with an audit row", async () => {
    const { backend } = await office();
    const old = await call(backend, 'targets:save', { draft: draft({ year: 2024, code: 'CT05', metric: 'agreements.collective', name: 'Thỏa ước', unit: 'bản' }) });
    await call(backend, 'targets:setActual', { id: old.id, value: 3 });
    await call(backend, 'targets:save', { draft: draft({ year: 2024 }) });
    await call(backend, 'targets:save', { draft: draft({}) }); // CT01 already there for 2025
    expect(await call(backend, 'targets:copyYear', { fromYear: 2024, toYear: 2025 })).toEqual({ copied: 1, skipped: 1 });
    const targets = await byCode(backend);
    expect(targets.map((t) => [t.code, t.manualActual])).toEqual([
      ['CT01', null],
      ['CT05', null],
    ]);
    const id = targets[1]!.id;
    expect(await call(backend, 'targets:delete', { id })).toEqual({ deleted: 1 });
    expect((await byCode(backend)).map((t) => t.code)).toEqual(['CT01']);
    const deleted = readDb(backend.dbFile, (db) => db.prepare("SELECT action FROM audit_log WHERE entity = 'targets' AND entity_id = ?").pluck().all(String(id)));
    expect(deleted).toEqual(['copy', 'delete']);
  });

  it('restricts the figure to the CĐCS of a cluster the target is assigned to', async () => {
    const { backend, a, b } = await office();
    const other = await union(backend, { name: 'CĐCS Công ty Gỗ D', foundedOn: '2011-01-01' });
    await admit(backend, other, 'Đỗ Văn Bảy', M, '2025-03-03'); // not in the cluster
    const cluster = withDb(backend, (db) => {
      const id = Number(db.prepare("INSERT INTO clusters (year, name, created_at, updated_at) VALUES (2025, 'Cụm số 1', 'x', 'x')").run().lastInsertRowid);
      const member = db.prepare('INSERT INTO cluster_members (cluster_id, organization_id, name) VALUES (?, ?, ?)');
      member.run(id, a, 'A');
      member.run(id, b, 'B');
      return id;
    });
    const common = { assignedBy: 'own_office' as const, assigneeClusterId: cluster };
    await call(backend, 'targets:save', { draft: draft({ ...common, code: 'T1', metric: 'members.total', target: 3 }) });
    await call(backend, 'targets:save', { draft: draft({ ...common, code: 'T2', target: 4 }) });
    // A: Một, Hai; B: Ba → 3 members, of whom Hai and Ba admitted in 2025 (Bảy is in D, outside the cluster).
    const targets = await byCode(backend);
    expect(targets.map((t) => [t.code, t.assigneeName, t.actual, t.status])).toEqual([
      ['T1', 'Cụm số 1', 3, 'met'],
      ['T2', 'Cụm số 1', 2, 'not_met'],
    ]);
  });

  it('reads our CĐCS at the cut-off once for all targets, each target narrowed to its own assignee', async () => {
    const { backend, a, b } = await office();
    const own = { assignedBy: 'own_office' as const, metric: 'members.total', target: 2 };
    await call(backend, 'targets:save', { draft: draft({ code: 'T0', metric: 'members.total', target: 3 }) });
    await call(backend, 'targets:save', { draft: draft({ ...own, code: 'TA', assigneeOrganizationId: a }) });
    await call(backend, 'targets:save', { draft: draft({ ...own, code: 'TB', assigneeOrganizationId: b }) });
    const { views, unionReads } = withDb(backend, (db) => {
      let unionReads = 0;
      const prepare = db.prepare.bind(db);
      db.prepare = ((sql: string) => {
        if (sql.includes("WHERE o.level = 'grassroots'") && sql.includes('o.workers_total AS workersTotal')) unionReads++;
        return prepare(sql);
      }) as typeof db.prepare;
      const views = withActuals(db, targetsOfYear(db, 2025), reportingPeriod(2025), 'vi');
      return { views, unionReads };
    });
    // The office: Một, Hai (A) and Ba (B); A alone: Một, Hai; B alone: Ba.
    expect(views.map((t) => [t.code, t.actual])).toEqual([['T0', 3], ['TA', 2], ['TB', 1]]);
    expect(unionReads).toBe(1);
  });

  it('puts the target of a figure into the year figures', async () => {
    const { backend } = await office();
    await call(backend, 'targets:save', { draft: draft({ target: 40 }) });
    const { figures } = await call(backend, 'statistics:year', { year: 2025 });
    expect(figures.find((f) => f.code === 'members.admitted')).toMatchObject({ value: 2, target: 40 });
    expect(figures.find((f) => f.code === 'members.total')?.target).toBeNull();
  });
});
