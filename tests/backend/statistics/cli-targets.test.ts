import { describe, expect, it } from 'vitest';
import { cli, expectOneLineFailure } from '../../fixtures/cli';
import { call, readDb, useTempDirs } from '../../fixtures/backend';
import { setUpOffice, union, admit, F } from './office';

const temp = useTempDirs();

/** An office with one CĐCS, two members admitted in 2025 and two targets (one computed, one typed); closed again. */
async function dataDir() {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  await setUpOffice(backend);
  const a = await union(backend, { name: 'CĐCS Trường Mầm non A', foundedOn: '2010-01-01' });
  await admit(backend, a, 'Nguyễn Thị Một', F, '2025-01-10');
  await admit(backend, a, 'Lê Thị Hai', F, '2025-02-10');
  await call(backend, 'targets:save', {
    draft: { year: 2025, code: 'CT01', name: 'Kết nạp đoàn viên mới', unit: 'đoàn viên', target: 4, metric: 'members.admitted' },
  });
  const typed = await call(backend, 'targets:save', {
    draft: { year: 2025, code: 'CT05', name: 'Ký mới thỏa ước lao động tập thể', unit: 'bản', target: 20, metric: 'agreements.collective' },
  });
  await call(backend, 'targets:setActual', { id: typed.id, value: 31 });
  backend.close();
  return { dir, dbFile: backend.dbFile };
}

describe('uniondesk targets report', () => {
  it('--json gives one object per target with the documented keys, actual from the data or typed', async () => {
    const { dir, dbFile } = await dataDir();
    const run = await cli(['targets', 'report', '--year', '2025', '--json', '--data-dir', dir]);
    expect(run.code).toBe(0);
    const items = run.json<Record<string, unknown>[]>();
    // The admissions counted straight from the database, not from the app.
    const admitted = readDb(dbFile, (db) => db.prepare("SELECT count(*) FROM member_movements WHERE kind = 'admitted' AND date BETWEEN '2024-12-01' AND '2025-11-30'").pluck().get());
    expect(admitted).toBe(2);
    expect(items).toEqual([
      { code: 'CT01', name: 'Kết nạp đoàn viên mới', unit: 'đoàn viên', target: 4, actual: 2, percent: 50, source: 'data' },
      { code: 'CT05', name: 'Ký mới thỏa ước lao động tập thể', unit: 'bản', target: 20, actual: 31, percent: 155, source: 'manual' },
    ]);
    for (const item of items) expect(Object.keys(item).sort()).toEqual(['actual', 'code', 'name', 'percent', 'source', 'target', 'unit']);
  });

  it('prints readable lines without --json, in the chosen language', async () => {
    const { dir } = await dataDir();
    const vi = await cli(['targets', 'report', '--year', '2025', '--data-dir', dir]);
    expect(vi.code).toBe(0);
    const text = vi.stdout.join('\n');
    expect(text).toContain('Chỉ tiêu năm 2025 (số liệu từ 01/12/2024 đến 30/11/2025)');
    expect(text).toMatch(/CT05\tKý mới thỏa ước lao động tập thể\tchỉ tiêu 20 bản\tthực hiện 31\t155%\tvượt\t\(nhập tay\)/);
    expect(text).toMatch(/CT01.*thực hiện 2\t50%\tchưa đạt\t\(từ dữ liệu\)/);
    const en = await cli(['targets', 'report', '--year', '2025', '--lang', 'en', '--data-dir', dir]);
    expect(en.stdout.join('\n')).toMatch(/CT05.*actual 31\t155%\texceeded\t\(typed\)/);
    const empty = await cli(['targets', 'report', '--year', '2030', '--data-dir', dir]);
    expect(empty.stdout.join('\n')).toBe('Năm 2030 chưa có chỉ tiêu nào.');
  });

  it('fails with one line for a missing action or a bad year', async () => {
    const { dir } = await dataDir();
    expect(expectOneLineFailure(await cli(['targets', '--data-dir', dir]), 2)).toContain('report');
    expectOneLineFailure(await cli(['targets', 'report', '--year', 'abc', '--data-dir', dir]), 2);
  });
});
