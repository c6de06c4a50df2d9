import { describe, expect, it } from 'vitest';
import { saveRecording, startRecording } from '../../../electron/backend/imports/record';
import { undoImport } from '../../../electron/backend/imports/undo';
import { useAwardsContext, unionWithMember } from '../awards/context';

const newContext = useAwardsContext();
const AT = '2025-03-15T08:00:00.000Z';

function addMembers(ctx: ReturnType<typeof newContext>, orgId: number, count: number) {
  const member = ctx.db.prepare(
    `INSERT INTO members (organization_id, full_name, family_name, middle_name, given_name, name_fold, sort_key, status, created_at, updated_at)
     VALUES (?, ?, '', '', '', ?, ?, 'active', ?, ?)`,
  );
  const movement = ctx.db.prepare("INSERT INTO member_movements (member_id, kind, date, decision_no, to_organization_id, note, created_at) VALUES (?, 'admitted', '2025-01-02', '', ?, '', ?)");
  for (let i = 0; i < count; i++) {
    const id = Number(member.run(orgId, `Người ${i}`, `nguoi ${i}`, `nguoi ${i}`, AT, AT).lastInsertRowid);
    movement.run(id, orgId, AT);
  }
}

describe('what an import records for its undo', () => {
  it('added rows are kept as id ranges, not captured one by one while the import writes', () => {
    const ctx = newContext();
    const { orgId } = unionWithMember(ctx);
    ctx.db.exec('BEGIN');
    const recording = startRecording(ctx.db);
    addMembers(ctx, orgId, 2_000);
    expect(ctx.db.prepare('SELECT count(*) FROM temp.import_capture').pluck().get()).toBe(0);
    recording.stop();
    const runId = saveRecording(ctx.db, { at: AT, actor: 'test', kind: 'members', file: 'ds.xlsx', imported: 2_000, updated: 0 });
    ctx.db.exec('COMMIT');
    const rows = ctx.db.prepare('SELECT tbl, op, row_to - row_from + 1 AS size FROM import_run_rows WHERE run_id = ? ORDER BY seq').all(runId);
    expect(rows).toEqual([
      { tbl: 'member_movements', op: 'insert', size: 2_000 },
      { tbl: 'members', op: 'insert', size: 2_000 },
    ]);
    undoImport(ctx, runId);
    expect(ctx.db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(1);
    expect(ctx.db.prepare('SELECT count(*) FROM member_movements').pluck().get()).toBe(0);
  });

  it('keeps added rows with a gap as two ranges, and an older id deleted and given to a new row as added', () => {
    const ctx = newContext();
    const { orgId, memberId } = unionWithMember(ctx);
    const ranges = (runId: number) =>
      ctx.db.prepare("SELECT row_from, row_to FROM import_run_rows WHERE run_id = ? AND tbl = 'members' AND op = 'insert' ORDER BY seq").all(runId);

    ctx.db.exec('BEGIN');
    const withGap = startRecording(ctx.db);
    addMembers(ctx, orgId, 5);
    ctx.db.prepare('DELETE FROM members WHERE id = ?').run(memberId + 3);
    withGap.stop();
    const gapRun = saveRecording(ctx.db, { at: AT, actor: 'test', kind: 'members', file: 'a.xlsx', imported: 4, updated: 0 });
    ctx.db.exec('COMMIT');
    expect(ranges(gapRun)).toEqual([
      { row_from: memberId + 1, row_to: memberId + 2 },
      { row_from: memberId + 4, row_to: memberId + 5 },
    ]);

    const highest = memberId + 5;
    ctx.db.exec('BEGIN');
    const reuse = startRecording(ctx.db);
    ctx.db.prepare('DELETE FROM members WHERE id = ?').run(highest);
    addMembers(ctx, orgId, 1);
    reuse.stop();
    const reuseRun = saveRecording(ctx.db, { at: AT, actor: 'test', kind: 'members', file: 'b.xlsx', imported: 1, updated: 0 });
    ctx.db.exec('COMMIT');
    expect(ranges(reuseRun)).toEqual([{ row_from: highest, row_to: highest }]);
  });

  it('keeps the row before a change or delete of an older row, and nothing of a change to a row it added', () => {
    const ctx = newContext();
    const { orgId, memberId } = unionWithMember(ctx, 'Công đoàn cơ sở Trường Tiểu học Kim Liên', 'Phạm Văn Bình');
    ctx.db.exec('BEGIN');
    const recording = startRecording(ctx.db);
    ctx.db.prepare("UPDATE members SET phone = '0912345678' WHERE id = ?").run(memberId);
    addMembers(ctx, orgId, 3);
    ctx.db.prepare("UPDATE members SET phone = '0987654321' WHERE id > ?").run(memberId);
    recording.stop();
    const runId = saveRecording(ctx.db, { at: AT, actor: 'test', kind: 'members', file: 'ds.xlsx', imported: 3, updated: 1 });
    ctx.db.exec('COMMIT');
    const changes = ctx.db.prepare("SELECT row_from, before FROM import_run_rows WHERE run_id = ? AND op <> 'insert'").all(runId) as { row_from: number; before: string }[];
    expect(changes.map((c) => c.row_from)).toEqual([memberId]);
    expect(JSON.parse(changes[0]!.before)).toMatchObject({ full_name: 'Phạm Văn Bình', phone: '' });
    undoImport(ctx, runId);
    expect(ctx.db.prepare('SELECT id, phone FROM members').all()).toEqual([{ id: memberId, phone: '' }]);
  });
});
