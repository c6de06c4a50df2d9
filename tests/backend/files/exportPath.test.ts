import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackendContext } from '../../../electron/backend/core/context';
import { exportTarget } from '../../../electron/backend/files/exportPath';
import { backendTargets } from '../../../electron/backend/files/targets';
import { FIXED_NOW, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();
const context = (dataDir: string) => ({ dataDir, now: FIXED_NOW }) as unknown as BackendContext;

describe('exportTarget', () => {
  it('writes the file behind the id of the chosen target, once', () => {
    const dir = temp.dir();
    const id = backendTargets.grant(path.join(dir, 'mine.pdf'));
    expect(exportTarget(context(dir), id, 'bang-khen', 'pdf')).toBe(path.join(dir, 'mine.pdf'));
    expect(() => exportTarget(context(dir), id, 'bang-khen', 'pdf')).toThrow(expect.objectContaining({ code: 'FILE_TARGET_UNKNOWN' }));
  });

  it('names a default file by the second, in exports/', () => {
    const dir = temp.dir();
    expect(exportTarget(context(dir), undefined, 'bang-khen', 'pdf')).toBe(path.join(dir, 'exports', 'bang-khen-2025-03-15-08-00-00.pdf'));
  });

  it('never hands out the same default name twice within one second, written or not', () => {
    const dir = temp.dir();
    const cx = context(dir);
    const first = exportTarget(cx, undefined, 'ds', 'xlsx');
    const second = exportTarget(cx, undefined, 'ds', 'xlsx');
    fs.writeFileSync(second, 'x');
    const third = exportTarget(cx, undefined, 'ds', 'xlsx');
    expect(new Set([first, second, third]).size).toBe(3);
    expect(path.basename(second)).toBe('ds-2025-03-15-08-00-00-2.xlsx');
    expect(path.basename(third)).toBe('ds-2025-03-15-08-00-00-3.xlsx');
  });

  it('steps past a file another process already wrote', () => {
    const dir = temp.dir();
    fs.mkdirSync(path.join(dir, 'exports'));
    fs.writeFileSync(path.join(dir, 'exports', 'bc-2025-03-15-08-00-00.pdf'), 'old');
    const file = exportTarget(context(dir), undefined, 'bc', 'pdf');
    expect(path.basename(file)).toBe('bc-2025-03-15-08-00-00-2.pdf');
    expect(fs.readFileSync(path.join(dir, 'exports', 'bc-2025-03-15-08-00-00.pdf'), 'utf8')).toBe('old');
  });
});
