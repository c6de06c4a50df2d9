import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { defaultSettings } from '../../shared/settings/schema';
import { FIXED_NOW, call, callError, count, readDb, useTempDirs } from '../fixtures/backend';

const temp = useTempDirs();

interface AuditRow {
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  actor: string;
  at: string;
}

const auditRows = (backend: Backend, entity: string) =>
  readDb(backend.dbFile, (db) =>
    db.prepare('SELECT action, entity, entity_id, before, after, actor, at FROM audit_log WHERE entity = ? ORDER BY id').all(entity),
  ) as AuditRow[];

const storedKeys = (backend: Backend) =>
  readDb(backend.dbFile, (db) => db.prepare('SELECT key FROM settings ORDER BY key').pluck().all() as string[]);

/** Everything a failed call must leave alone. */
const snapshot = (backend: Backend) =>
  readDb(backend.dbFile, (db) => ({
    settings: db.prepare('SELECT * FROM settings ORDER BY key').all(),
    audit: count(db, 'SELECT count(*) FROM audit_log'),
    organizations: count(db, 'SELECT count(*) FROM organizations'),
    salaries: db.prepare('SELECT * FROM base_salaries ORDER BY id').all(),
  }));

describe('settings:get', () => {
  it('returns the defaults on a new database, with the working year from the clock', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const settings = await call(backend, 'settings:get', {});
    expect(settings).toEqual(defaultSettings(FIXED_NOW().getFullYear()));
    expect(settings['office.workingYear']).toBe(2025);
    expect(settings['ui.language']).toBe('vi');
    expect(storedKeys(backend)).toEqual([]);
  });
});

describe('settings:update', () => {
  it('writes only the keys that changed, with one audit row each (before → after)', async () => {
    const backend = temp.open({ dataDir: temp.dir(), actor: 'tester' });
    const saved = await call(backend, 'settings:update', {
      'office.name': '  Công đoàn phường Chương Mỹ  ',
      'office.workingYear': 2025, // the default already
      'levels.grassroots': 'Công đoàn cơ sở', // the default already
    });
    expect(saved['office.name']).toBe('Công đoàn phường Chương Mỹ');
    expect(storedKeys(backend)).toEqual(['office.name']);
    expect(auditRows(backend, 'settings')).toEqual([
      {
        action: 'update',
        entity: 'settings',
        entity_id: 'office.name',
        before: JSON.stringify(''),
        after: JSON.stringify('Công đoàn phường Chương Mỹ'),
        actor: 'tester',
        at: FIXED_NOW().toISOString(),
      },
    ]);

    await call(backend, 'settings:update', { 'office.name': 'Công đoàn phường Chương Mỹ', 'office.workingYear': 2026 });
    const rows = auditRows(backend, 'settings');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ entity_id: 'office.workingYear', before: '2025', after: '2026' });
    expect(storedKeys(backend)).toEqual(['office.name', 'office.workingYear']);
  });

  it('an empty patch changes nothing', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const before = snapshot(backend);
    await call(backend, 'settings:update', {});
    expect(snapshot(backend)).toEqual(before);
  });

  it.each([
    ['an empty office name', { 'office.name': '   ' }, 'Tên đơn vị: chưa nhập.'],
    ['the year 1800', { 'office.workingYear': 1800 }, 'Năm làm việc: không được nhỏ hơn 2000.'],
    ['a year that is not a number', { 'office.workingYear': 'năm nay' }, 'Năm làm việc: giá trị không đúng loại.'],
    ['an unknown key', { 'office.colour': 'đỏ' }, 'Dữ liệu gửi lên có trường không dùng đến.'],
    ['an unknown language', { 'ui.language': 'fr' }, 'Ngôn ngữ: giá trị không nằm trong danh sách cho phép.'],
  ])('refuses %s with VALIDATION in Vietnamese naming the field as the form labels it, writing nothing', async (_what, patch, field) => {
    const backend = temp.open({ dataDir: temp.dir() });
    await call(backend, 'settings:update', { 'office.name': 'Công đoàn phường Chương Mỹ' });
    const before = snapshot(backend);
    // A valid key next to the bad one must not be written either.
    const error = await callError(backend, 'settings:update', { 'office.shortName': 'CĐ Chương Mỹ', ...patch });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^Dữ liệu không hợp lệ: /);
    expect(error.message).toContain(field);
    expect(error.message).not.toMatch(/office\.|ui\./u);
    expect(snapshot(backend)).toEqual(before);
  });

  it('survives closing and reopening the database', async () => {
    const dataDir = temp.dir();
    const first = temp.open({ dataDir });
    await call(first, 'settings:update', { 'office.name': 'Liên đoàn Lao động huyện Chương Mỹ', 'office.placeName': 'Hà Nội' });
    first.close();
    const second = temp.open({ dataDir });
    const settings = await call(second, 'settings:get', {});
    expect(settings['office.name']).toBe('Liên đoàn Lao động huyện Chương Mỹ');
    expect(settings['office.placeName']).toBe('Hà Nội');
  });

  it('ui.language "en" makes later messages English, "vi" brings Vietnamese back', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    expect((await callError(backend, 'settings:update', { 'office.name': '' })).message).toMatch(/^Dữ liệu không hợp lệ/);
    await call(backend, 'settings:update', { 'ui.language': 'en' });
    const english = await callError(backend, 'settings:update', { 'office.name': '' });
    expect(english.message).toBe('Invalid data: Office name: required.');
    expect((await callError(backend, 'no:such', {})).message).toBe('There is no operation "no:such".');
    await call(backend, 'settings:update', { 'ui.language': 'vi' });
    expect((await callError(backend, 'no:such', {})).message).toBe('Thao tác "no:such" không tồn tại.');
  });

  it('a locale forced by the host wins over the stored language', async () => {
    const dataDir = temp.dir();
    const backend = temp.open({ dataDir });
    await call(backend, 'settings:update', { 'ui.language': 'en' });
    backend.close();
    const forced = temp.open({ dataDir, locale: 'vi' });
    expect((await callError(forced, 'settings:update', { 'office.name': '' })).message).toMatch(/^Dữ liệu không hợp lệ/);
  });
});

describe('base salaries', () => {
  it('lists the statutory 2,340,000 from 01/07/2024 and 2,530,000 from 01/07/2026 with their legal bases', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    expect(await call(backend, 'baseSalary:list', {})).toEqual([
      { id: 1, effectiveFrom: '2024-07-01', amount: 2_340_000, legalBasis: 'Nghị định 73/2024/NĐ-CP ngày 30/06/2024, khoản 2 Điều 3' },
      { id: 2, effectiveFrom: '2026-07-01', amount: 2_530_000, legalBasis: 'Nghị định 161/2026/NĐ-CP ngày 15/05/2026, khoản 2 Điều 3' },
    ]);
  });

  it('saves, updates and deletes with one audit row each', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const added = await call(backend, 'baseSalary:save', { effectiveFrom: '2027-07-01', amount: 2_530_000, legalBasis: ' NĐ mới ' });
    expect(added.map((row) => row.effectiveFrom)).toEqual(['2024-07-01', '2026-07-01', '2027-07-01']);
    const row = added[2];
    if (!row) throw new Error('missing row');
    expect(row).toMatchObject({ amount: 2_530_000, legalBasis: 'NĐ mới' });

    await call(backend, 'baseSalary:save', { id: row.id, effectiveFrom: '2027-07-01', amount: 2_600_000, legalBasis: 'NĐ mới' });
    const afterDelete = await call(backend, 'baseSalary:delete', { id: row.id });
    expect(afterDelete.map((r) => r.effectiveFrom)).toEqual(['2024-07-01', '2026-07-01']);

    const audit = auditRows(backend, 'base_salaries');
    expect(audit.map((a) => [a.action, a.entity_id])).toEqual([
      ['create', String(row.id)],
      ['update', String(row.id)],
      ['delete', String(row.id)],
    ]);
    expect(audit[0]?.before).toBeNull();
    expect(JSON.parse(audit[0]?.after ?? 'null')).toMatchObject({ effective_from: '2027-07-01', amount: 2_530_000 });
    expect(JSON.parse(audit[1]?.before ?? 'null')).toMatchObject({ amount: 2_530_000 });
    expect(JSON.parse(audit[1]?.after ?? 'null')).toMatchObject({ amount: 2_600_000 });
    expect(JSON.parse(audit[2]?.before ?? 'null')).toMatchObject({ amount: 2_600_000 });
    expect(audit[2]?.after).toBeNull();
  });

  it('refuses a second row from the same date with BASE_SALARY_DATE_TAKEN (dd/mm/yyyy), writing nothing', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const before = snapshot(backend);
    const error = await callError(backend, 'baseSalary:save', { effectiveFrom: '2024-07-01', amount: 2_500_000 });
    expect(error.code).toBe('BASE_SALARY_DATE_TAKEN');
    expect(error.message).toContain('01/07/2024');
    expect(error.message).not.toContain('2024-07-01');
    expect(error.details).toMatchObject({ field: 'effectiveFrom' });
    expect(snapshot(backend)).toEqual(before);
  });

  it('moving a row onto another row’s date is refused too', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const rows = await call(backend, 'baseSalary:save', { effectiveFrom: '2027-07-01', amount: 2_600_000 });
    const error = await callError(backend, 'baseSalary:save', { id: rows[2]?.id, effectiveFrom: '2026-07-01', amount: 2_600_000 });
    expect(error.code).toBe('BASE_SALARY_DATE_TAKEN');
  });

  it('reports NOT_FOUND for a row that does not exist', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    expect((await callError(backend, 'baseSalary:delete', { id: 999 })).code).toBe('NOT_FOUND');
    expect((await callError(backend, 'baseSalary:save', { id: 999, effectiveFrom: '2030-01-01', amount: 3_000_000 })).code).toBe(
      'NOT_FOUND',
    );
    expect(auditRows(backend, 'base_salaries')).toEqual([]);
  });

  it('refuses malformed dates and amounts out of range', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    for (const input of [
      { effectiveFrom: '01/07/2026', amount: 2_530_000 },
      { effectiveFrom: '2027-07-01', amount: 0 },
      { effectiveFrom: '2027-07-01', amount: 2_530_000.5 },
    ]) {
      expect((await callError(backend, 'baseSalary:save', input)).code).toBe('VALIDATION');
    }
    expect(await call(backend, 'baseSalary:list', {})).toHaveLength(2);
  });
});

describe('the office in the organisation tree', () => {
  const ownOffice = (backend: Backend) =>
    readDb(backend.dbFile, (db) =>
      db.prepare('SELECT id, name, short_name, name_fold, parent_id, level FROM organizations WHERE is_own_office = 1').all(),
    ) as { id: number; name: string; short_name: string; name_fold: string; parent_id: number | null; level: string }[];

  it('follows the office name: created on first save, renamed in place later', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    expect(ownOffice(backend)).toEqual([]);
    await call(backend, 'settings:update', { 'office.name': 'Liên đoàn Lao động huyện Chương Mỹ', 'office.upperName': 'LĐLĐ thành phố Hà Nội' });
    const [created] = ownOffice(backend);
    expect(created).toMatchObject({ name: 'Liên đoàn Lao động huyện Chương Mỹ', level: 'upper_grassroots' });

    await call(backend, 'settings:update', { 'office.name': 'Công đoàn phường Chương Mỹ', 'office.shortName': 'CĐ phường Chương Mỹ' });
    const offices = ownOffice(backend);
    expect(offices).toHaveLength(1);
    expect(offices[0]).toMatchObject({
      id: created?.id,
      name: 'Công đoàn phường Chương Mỹ',
      short_name: 'CĐ phường Chương Mỹ',
      parent_id: created?.parent_id,
    });
    expect(offices[0]?.name_fold).not.toContain('đ');
    expect(offices[0]?.name_fold).toContain('chuong my');

    const upper = readDb(backend.dbFile, (db) =>
      db.prepare('SELECT name, level FROM organizations WHERE id = ?').get(created?.parent_id),
    );
    expect(upper).toEqual({ name: 'LĐLĐ thành phố Hà Nội', level: 'province' });
    expect(readDb(backend.dbFile, (db) => count(db, 'SELECT count(*) FROM organizations'))).toBe(2);
  });
});
