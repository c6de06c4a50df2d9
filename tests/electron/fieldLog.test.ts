import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openFieldLog, readFieldLog } from '../../electron/backend/diagnostics/log';
import { timeCalls } from '../../electron/main/slowCalls';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uniondesk-log-'));
  dirs.push(dir);
  return dir;
};

describe('the field log', () => {
  it('writes timed lines with stacks, rotates past 1 MB and keeps three old files', () => {
    const dir = tempDir();
    const log = openFieldLog(dir, () => new Date('2026-12-07T08:00:00.000Z'));
    log.info('startup: window created (120 ms)');
    log.error('startup failed', new Error('cơ sở dữ liệu bị khóa'));
    const text = fs.readFileSync(path.join(dir, 'logs', 'uniondesk.log'), 'utf8');
    expect(text).toMatch(/^2026-12-07T08:00:00.000Z INFO {2}startup: window created \(120 ms\)\n2026-12-07T08:00:00.000Z ERROR startup failed: Error: cơ sở dữ liệu bị khóa\n +at /);

    const big = 'x'.repeat(300_000);
    for (let i = 0; i < 20; i++) log.info(`${i} ${big}`);
    const files = fs.readdirSync(path.join(dir, 'logs')).sort();
    expect(files).toEqual(['uniondesk.1.log', 'uniondesk.2.log', 'uniondesk.3.log', 'uniondesk.log']);
    for (const file of files) expect(fs.statSync(path.join(dir, 'logs', file)).size).toBeLessThan(1_400_000);
    expect(readFieldLog(dir).endsWith(`19 ${big}\n`)).toBe(true);
  });

  it('never throws when the folder cannot be written', () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, '');
    expect(() => openFieldLog(file).error('x', new Error('y'))).not.toThrow();
  });

  it('reports calls slower than 500 ms with their channel', async () => {
    let now = 0;
    const onSlow = vi.fn();
    const invoke = timeCalls(
      async (channel) => {
        now += channel === 'import:run' ? 1_200 : 20;
        return { ok: true, value: null };
      },
      onSlow,
      () => now,
    );
    await invoke('app:info', {});
    await invoke('import:run', {});
    expect(onSlow.mock.calls).toEqual([['import:run', 1_200, true]]);
  });
});
