import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { memberWorkbook } from '../../bench/import.bench';
import { cli } from '../../fixtures/cli';
import { PROJECT_ROOT, count, readDb, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

describe('two processes on one data folder', () => {
  it('the CLI imports while a backend in another process writes: no write fails or is lost, and the other sees the new totals', async () => {
    const dir = temp.dir();
    expect((await cli(['seed', '--unions', '50', '--year', '2026', '--seed', '1', '--data-dir', dir])).code).toBe(0);
    const file = path.join(temp.dir(), 'ds.xlsx');
    fs.writeFileSync(file, memberWorkbook(6_000));
    const membersBefore = readDb(path.join(dir, 'uniondesk.db'), (db) => count(db, 'SELECT count(*) FROM members'));

    const WRITES = 40;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('tests', 'backend', 'safety', 'helpers', 'writerChild.ts'), dir, String(WRITES)], {
      cwd: PROJECT_ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const replies = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const next = async () => JSON.parse(((await replies.next()).value as string) ?? '{}') as Record<string, unknown>;
    expect(await next()).toEqual({ ready: true, total: membersBefore });

    child.stdin.write('go\n');
    const written = next();
    const imported = await cli(['import', 'members', file, '--data-dir', dir, '--json']);
    expect(imported.code).toBe(0);
    const { imported: added } = imported.json<{ imported: number }>();
    expect(added).toBeGreaterThan(5_000);
    expect(await written).toEqual({ written: true });
    child.stdin.write('check\n');
    const report = await next();
    expect(report.failures).toEqual([]);
    expect(report.total).toBe(membersBefore + added);

    const { phones, members } = readDb(path.join(dir, 'uniondesk.db'), (db) => ({
      phones: count(db, "SELECT count(*) FROM audit_log WHERE actor = 'app'"),
      members: count(db, 'SELECT count(*) FROM members'),
    }));
    expect(phones).toBe(WRITES);
    expect(members).toBe(membersBefore + added);
  }, 180_000);
});
