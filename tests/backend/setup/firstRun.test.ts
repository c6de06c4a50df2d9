import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { call, callError, readDb, tableNames, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

/** Rows per table (settings aside): what a clear must bring back. */
function tableCounts(backend: Backend): Record<string, number> {
  return readDb(backend.dbFile, (db) =>
    Object.fromEntries(
      tableNames(db)
        .filter((name) => name !== 'settings' && !name.startsWith('sqlite_'))
        .map((name) => [name, db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number]),
    ),
  );
}

describe('setup:start empty — what documents need', () => {
  it('refuses an empty or blank office name with a message in the user language, writing nothing', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    for (const officeName of [undefined, '', '    ']) {
      const error = await callError(backend, 'setup:start', { mode: 'empty', ...(officeName === undefined ? {} : { officeName }) });
      expect(error.code).toBe('SETUP_OFFICE_NAME_REQUIRED');
      expect(error.message).toBe('Hãy nhập tên đơn vị (văn phòng của bạn): tên này in trên mọi văn bản.');
    }
    expect((await call(backend, 'app:info', {})).setupDone).toBe(false);
    expect((await call(backend, 'settings:get', {}))['office.name']).toBe('');
  });

  it('stores the office, upper level, place name and signer; a new report is signed by that signer', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const settings = await call(backend, 'setup:start', {
      mode: 'empty',
      officeName: 'Công đoàn xã Phú Nghĩa',
      upperName: 'Liên đoàn Lao động thành phố Hà Nội',
      placeName: 'Phú Nghĩa',
      signerName: 'Nguyễn Thị Hòa',
      signerTitle: 'PHÓ CHỦ TỊCH',
    });
    expect(settings).toMatchObject({
      'office.name': 'Công đoàn xã Phú Nghĩa',
      'office.upperName': 'Liên đoàn Lao động thành phố Hà Nội',
      'office.placeName': 'Phú Nghĩa',
      'office.signerName': 'Nguyễn Thị Hòa',
      'office.signerTitle': 'PHÓ CHỦ TỊCH',
    });
    const info = await call(backend, 'app:info', {});
    expect(info).toMatchObject({ setupDone: true, demoData: false });
    const report = await call(backend, 'reports:create', { year: 2025, from: 'template' });
    expect(report.draft?.header).toMatchObject({ placeName: 'Phú Nghĩa', signerName: 'Nguyễn Thị Hòa', signerTitle: 'PHÓ CHỦ TỊCH' });
  });

  it('leaves the optional fields for later: a name alone is enough', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const settings = await call(backend, 'setup:start', { mode: 'empty', officeName: 'Công đoàn phường Hà Đông' });
    expect(settings['office.name']).toBe('Công đoàn phường Hà Đông');
    expect(settings['office.placeName']).toBe('');
  });
});

describe('setup:clearDemo', () => {
  it('empties a demo office back to the first run, keeping the reference rows and the language', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await call(backend, 'settings:update', { 'ui.language': 'en' });
    const fresh = tableCounts(backend);
    await call(backend, 'setup:start', { mode: 'demo', unions: 30, members: 400, year: 2025 });
    expect(await call(backend, 'app:info', {})).toMatchObject({ setupDone: true, demoData: true });
    const loaded = tableCounts(backend);
    expect(loaded['organizations']).toBeGreaterThan(fresh['organizations'] ?? 0);
    expect(loaded['members']).toBeGreaterThan(0);
    // Something typed on top of the demo goes too.
    await call(backend, 'settings:update', { 'office.placeName': 'Hà Đông' });

    expect(await call(backend, 'setup:clearDemo', {})).toEqual({ cleared: true });

    expect(tableCounts(backend)).toEqual({ ...fresh, audit_log: (fresh['audit_log'] ?? 0) + 1 });
    expect(await call(backend, 'app:info', {})).toMatchObject({ setupDone: false, demoData: false });
    const settings = await call(backend, 'settings:get', {});
    expect(settings['office.name']).toBe('');
    expect(settings['ui.language']).toBe('en');
    expect((await call(backend, 'organizations:summary', {})).grassrootsTotal).toBe(0);
    expect((await call(backend, 'members:list', { offset: 0, limit: 10 })).total).toBe(0);
    readDb(backend.dbFile, (db) => expect(db.pragma('foreign_key_check')).toEqual([]));

    // The first run works again.
    await call(backend, 'setup:start', { mode: 'empty', officeName: 'Công đoàn xã Phú Nghĩa' });
    expect((await call(backend, 'settings:get', {}))['office.name']).toBe('Công đoàn xã Phú Nghĩa');
  });

  it('refuses on an office that is not demo data and deletes nothing', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await call(backend, 'setup:start', { mode: 'empty', officeName: 'Công đoàn xã Phú Nghĩa' });
    const before = tableCounts(backend);
    const error = await callError(backend, 'setup:clearDemo', {});
    expect(error.code).toBe('DEMO_NOT_LOADED');
    expect(error.message).toContain('không phải dữ liệu mẫu');
    expect(tableCounts(backend)).toEqual(before);
  });

  it('is one transaction: a failure half-way leaves the whole demo in place', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await call(backend, 'setup:start', { mode: 'demo', unions: 20, members: 200, year: 2025 });
    const loaded = tableCounts(backend);
    // Refuse to delete organizations: the award and member tables (earlier in the alphabet) are emptied before it fires.
    const db = new Database(backend.dbFile);
    db.exec("CREATE TRIGGER refuse_union_delete BEFORE DELETE ON organizations BEGIN SELECT RAISE(ABORT, 'refused'); END;");
    db.close();
    await callError(backend, 'setup:clearDemo', {});
    expect(tableCounts(backend)).toEqual(loaded);
    expect(await call(backend, 'app:info', {})).toMatchObject({ setupDone: true, demoData: true });
  });
});
