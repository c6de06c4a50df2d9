import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSession, MAX_SESSION_CELLS, saveSession, type ImportSession } from '../../../electron/backend/exchange/import/session';
import { PROJECT_ROOT, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

describe('memory of an import, whatever the file', () => {
  it('20,000 rows that are all rejected grow the process by at most a fifth of the bench budget (600 MB at 100,000 rows)', () => {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', path.join('tests', 'backend', 'safety', 'helpers', 'importMemoryChild.ts'), '20000', 'rejected', path.join(temp.dir(), 'data')],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    expect(child.stderr).toBe('');
    const measured = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as { baselineMb: number; peakMb: number; imported: number; rejected: number };
    expect(measured.imported).toBe(0);
    expect(measured.rejected).toBeGreaterThanOrEqual(20_000);
    expect(measured.peakMb - measured.baselineMb).toBeLessThan(120);
  }, 120_000);

  it('sessions of big files push older ones out instead of piling up', () => {
    const session = (token: string, rows: number): ImportSession => ({
      token,
      kind: 'members',
      fileName: `${token}.xlsx`,
      grid: { name: 'DS', rows: Array.from({ length: rows }, () => new Array<null>(10).fill(null)) },
      header: { headerRowIndex: 0, dataStartIndex: 1, columns: [], mapping: {} } as unknown as ImportSession['header'],
      problems: [],
      mapping: {},
    });
    const rows = MAX_SESSION_CELLS / 10 / 2 + 1;
    saveSession(session('old', rows));
    saveSession(session('newer', rows));
    saveSession(session('newest', rows));
    expect(() => getSession('old')).toThrow();
    expect(() => getSession('newer')).toThrow();
    expect(getSession('newest').fileName).toBe('newest.xlsx');
  });
});
