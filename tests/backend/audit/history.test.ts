import { describe, expect, it } from 'vitest';
import { describeAuditRow } from '../../../electron/backend/audit/summary';
import { call, useTempDirs, withDb } from '../../fixtures/backend';
import { cli } from '../../fixtures/cli';
import { admit, emptyOffice } from '../members/helpers';

const temp = useTempDirs();

async function officeWithHistory() {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  const [union] = await emptyOffice(backend, ['Công đoàn cơ sở Trường Tiểu học Đông Phương Yên']);
  const id = await admit(backend, union!.id, 'Nguyễn Văn An', { birthDate: '1990-02-01', phone: '0912345678' });
  const { member } = await call(backend, 'members:get', { id });
  await call(backend, 'members:update', { id, draft: { ...member, birthDate: '1990-02-02', phone: '' } });
  return { dir, backend, union: union!, memberId: id };
}

describe('audit:list', () => {
  it('says who, when and what changed, old → new, with field labels and dates dd/mm/yyyy', async () => {
    const { backend, memberId } = await officeWithHistory();
    const page = await call(backend, 'audit:list', { kind: 'members', entityId: String(memberId) });
    expect(page.total).toBe(2);
    const [update, admitted] = page.rows;
    expect(admitted!.summary).toBe('Kết nạp đoàn viên Nguyễn Văn An');
    expect(update!.summary).toBe('Sửa đoàn viên Nguyễn Văn An: Ngày sinh 01/02/1990 → 02/02/1990; Điện thoại 0912345678 → (trống)');
    expect(update!.changes.map((c) => c.label)).toEqual(['Ngày sinh', 'Điện thoại']);
    expect(update!.actor).toBe('Người dùng');
    expect(update!.at).toBe('2025-03-15T08:00:00.000Z');
  });

  it('filters by kind of record, record and date', async () => {
    const { backend, union } = await officeWithHistory();
    const unions = await call(backend, 'audit:list', { kind: 'unions' });
    expect(unions.rows.map((r) => [r.action, r.entity, r.entityId])).toEqual([['create', 'organizations', String(union.id)]]);
    expect(unions.rows[0]!.summary).toBe('Thêm CĐCS Công đoàn cơ sở Trường Tiểu học Đông Phương Yên');
    withDb(backend, (db) => db.prepare("UPDATE audit_log SET at = '2024-12-31T10:00:00.000Z' WHERE entity = 'organizations'").run());
    expect((await call(backend, 'audit:list', { kind: 'unions', since: '2025-01-01' })).total).toBe(0);
    expect((await call(backend, 'audit:list', { kind: 'unions', until: '2024-12-31' })).total).toBe(1);
    expect((await call(backend, 'audit:list', { since: '2025-01-01' })).rows.every((r) => r.entity !== 'organizations')).toBe(true);
  });

  it('writes money in đồng and numbers with dots, in English too', () => {
    const row = { id: 1, at: '2026-07-01T01:00:00.000Z', actor: 'cli', action: 'update', entity: 'award_decisions', entity_id: '4', before: JSON.stringify({ number: '58/QĐ-CĐP', amount: 760000, workersTotal: 1200, decidedOn: '2026-07-01' }), after: JSON.stringify({ number: '58/QĐ-CĐP', amount: 1520000, workersTotal: 1250, decidedOn: '2026-07-02' }) };
    expect(describeAuditRow(row, 'vi').summary).toBe('Sửa quyết định khen thưởng 58/QĐ-CĐP: Số tiền 760.000 đ → 1.520.000 đ; Tổng số lao động 1.200 → 1.250; Ngày quyết định 01/07/2026 → 02/07/2026');
    expect(describeAuditRow(row, 'en').summary).toBe('Edited award decision 58/QĐ-CĐP: Amount 760.000 đ → 1.520.000 đ; Workers 1.200 → 1.250; Decision date 01/07/2026 → 02/07/2026');
    expect(describeAuditRow(row, 'en').actor).toBe('Command line');
  });
});

describe('uniondesk audit list', () => {
  it('--json gives [{at, action, entity, entityId, summary}], filtered by --entity and --since', async () => {
    const { dir, backend, memberId } = await officeWithHistory();
    backend.close();
    const run = await cli(['audit', 'list', '--entity', 'members', '--json', '--data-dir', dir]);
    expect(run.code).toBe(0);
    const items = run.json<Record<string, unknown>[]>();
    expect(items).toHaveLength(2);
    for (const item of items) expect(Object.keys(item).sort()).toEqual(['action', 'at', 'entity', 'entityId', 'summary']);
    expect(items[1]).toEqual({ at: '2025-03-15T08:00:00.000Z', action: 'admitted', entity: 'members', entityId: String(memberId), summary: 'Kết nạp đoàn viên Nguyễn Văn An' });
    const unions = (await cli(['audit', 'list', '--entity', 'unions', '--json', '--data-dir', dir])).json<{ entity: string }[]>();
    expect(unions.map((u) => u.entity)).toEqual(['organizations']);
    const later = await cli(['audit', 'list', '--since', '2099-01-01', '--data-dir', dir]);
    expect(later.stdout.join('\n')).toContain('Không có thay đổi nào.');
    const bad = await cli(['audit', 'list', '--since', '31/12/2025', '--data-dir', dir]);
    expect(bad.code).toBe(2);
  });
});
