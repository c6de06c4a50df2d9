import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFieldLog } from '../../../electron/backend/diagnostics/log';
import { call, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

describe('diagnostics:save', () => {
  it('writes the version, the caught error and the field log into one file', async () => {
    const dir = temp.dir();
    openFieldLog(dir).error('backend worker stopped unexpectedly; restarted (1)');
    const backend = temp.open({ dataDir: dir, version: '1.2.3' });
    const target = path.join(dir, 'loi.txt');
    expect(await call(backend, 'diagnostics:save', { target, error: 'TypeError: x is undefined', where: '#/members' })).toEqual({ file: target });
    const text = fs.readFileSync(target, 'utf8');
    expect(text).toMatch(/^UnionDesk 1\.2\.3\n/);
    expect(text).toContain('Where: #/members\nError:\nTypeError: x is undefined');
    expect(text).toMatch(/Log:\n.*ERROR backend worker stopped unexpectedly; restarted \(1\)/);

    const { file } = await call(backend, 'diagnostics:save', {});
    expect(path.dirname(file)).toBe(path.join(dir, 'exports'));
    expect(path.basename(file)).toMatch(/^thong-tin-loi-uniondesk-.*\.txt$/);
  });
});
