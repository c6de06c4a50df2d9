import { describe, expect, it } from 'vitest';
import { call, callError, readDb, useTempDirs } from '../../fixtures/backend';
import { awardsOffice, person } from '../awards/helpers';
import { dataDump } from './dataDump';

const temp = useTempDirs();

async function office() {
  const backend = temp.open({ dataDir: temp.dir() });
  return { backend, ...(await awardsOffice(backend)) };
}

describe('Hoàn tác after deleting', () => {
  it('puts back deleted members exactly, with their movements and search keys', async () => {
    const { backend, hang, binh } = await office();
    const before = dataDump(backend);
    const { deleted, undoId } = await call(backend, 'members:delete', { ids: [hang, binh] });
    expect(deleted).toBe(2);
    expect((await call(backend, 'members:search', { query: 'hang', limit: 5 })).total).toBe(0);
    expect(await call(backend, 'changes:undo', { id: undoId })).toMatchObject({ restored: expect.any(Number) });
    expect(dataDump(backend)).toEqual(before);
    expect((await call(backend, 'members:search', { query: 'hang', limit: 5 })).total).toBe(1);
    const [restore] = (await call(backend, 'audit:list', { limit: 1 })).rows;
    expect(restore!.summary).toBe('Khôi phục đoàn viên Nguyễn Thị Hằng, Trần Văn Bình');
    expect((await callError(backend, 'changes:undo', { id: undoId })).message).toMatch(/^Việc xóa đoàn viên Nguyễn Thị Hằng, Trần Văn Bình đã được hoàn tác ngày 15\/03\/2025\.$/);
    // Deletions are not imports.
    expect(await call(backend, 'imports:list', {})).toEqual([]);
  });

  it('puts back a decision with its awards, and a cluster with its units', async () => {
    const { backend, kind, a } = await office();
    const decision = await call(backend, 'awardDecisions:save', { draft: { number: '10/QĐ-CĐP', decidedOn: '2025-03-05', formKindId: kind('GK') }, recipients: [person('Nguyễn Văn A'), person('Lê Thị B')] });
    const cluster = await call(backend, 'clusters:save', { draft: { year: 2025, name: 'Khối Giáo dục', kind: 'block', scope: 'own_unions' } });
    await call(backend, 'clusters:setMembers', { id: cluster.id, members: [{ organizationId: a.id, name: a.name, role: 'leader' }] });
    const before = dataDump(backend);
    const d = await call(backend, 'awardDecisions:delete', { id: decision.id });
    const c = await call(backend, 'clusters:delete', { id: cluster.id });
    expect(readDb(backend.dbFile, (db) => db.prepare('SELECT count(*) FROM awards').pluck().get())).toBe(0);
    await call(backend, 'changes:undo', { id: c.undoId });
    await call(backend, 'changes:undo', { id: d.undoId });
    expect(dataDump(backend)).toEqual(before);
  });

  it('deletes a CĐCS created by mistake and never used outright (and Hoàn tác brings it back); one in use is refused, to be dissolved', async () => {
    const { backend, a } = await office();
    const before = dataDump(backend);
    const mistake = await call(backend, 'unions:save', { draft: { name: 'Công đoàn cơ sở tạo nhầm' } });
    const { undoId } = await call(backend, 'unions:delete', { id: mistake.id });
    expect(dataDump(backend)).toEqual(before);
    await call(backend, 'changes:undo', { id: undoId });
    expect((await call(backend, 'unions:get', { id: mistake.id })).name).toBe('Công đoàn cơ sở tạo nhầm');
    const used = await callError(backend, 'unions:delete', { id: a.id });
    expect(used.code).toBe('UNION_IN_USE');
    expect(used.message).toContain('hãy giải thể');
    expect((await call(backend, 'unions:get', { id: a.id })).name).toBe(a.name);
  });
});
