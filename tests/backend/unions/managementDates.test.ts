import { describe, expect, it } from 'vitest';
import { call, callError, useTempDirs } from '../../fixtures/backend';
import { admit, emptyOffice } from '../members/helpers';

const temp = useTempDirs();

describe('dates and ownership around the management history', () => {
  it('refuses to dissolve or move a CĐCS on a date before it came under its current manager', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [union] = await emptyOffice(backend, [{ name: 'CĐCS Trường Mầm non Hoa Sen', foundedOn: '2020-09-01' }]);
    const dissolve = await callError(backend, 'unions:dissolve', { id: union!.id, date: '2019-12-31', decisionNo: '' });
    expect(dissolve.code).toBe('DATE_BEFORE_MANAGEMENT');
    expect(dissolve.message).toContain('31/12/2019');
    expect(dissolve.message).toContain('01/09/2020');
    const move = await callError(backend, 'unions:move', { id: union!.id, managerName: 'Công đoàn phường Xuân Mai', date: '2020-08-31', decisionNo: '' });
    expect(move.code).toBe('DATE_BEFORE_MANAGEMENT');
    expect((await call(backend, 'unions:get', { id: union!.id })).management).toHaveLength(1);
  });

  it('refuses new or transferred members in a CĐCS another office manages now', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const [ours, leaving] = await emptyOffice(backend, [
      { name: 'CĐCS Công ty May Chương Mỹ', foundedOn: '2010-01-01' },
      { name: 'CĐCS Trường THCS Xuân Mai', foundedOn: '2010-01-01' },
    ]);
    const member = await admit(backend, ours!.id, 'Nguyễn Văn Đức');
    await call(backend, 'unions:move', { id: leaving!.id, managerName: 'Công đoàn phường Xuân Mai', date: '2025-07-01', decisionNo: '' });
    const admitted = await callError(backend, 'members:admit', { draft: { organizationId: leaving!.id, fullName: 'Lê Thị Hoa' }, date: '2025-08-01', decisionNo: '' });
    expect(admitted.code).toBe('UNION_NOT_OURS');
    expect(admitted.message).toContain('CĐCS Trường THCS Xuân Mai');
    const moved = await callError(backend, 'members:transfer', { memberIds: [member], toOrganizationId: leaving!.id, date: '2025-08-01', decisionNo: '' });
    expect(moved.code).toBe('UNION_NOT_OURS');
  });
});
