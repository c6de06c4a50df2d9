import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineFailure } from '../../fixtures/cli';
import { call, useTempDirs } from '../../fixtures/backend';
import { makeDecision } from './fixtures';
import { pageSizesPt, pdfText } from './pdfProbe';

const temp = useTempDirs();

async function dataDir() {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  await call(backend, 'settings:get', {});
  makeDecision(path.join(dir, 'uniondesk.db'));
  backend.close();
  return dir;
}

describe('uniondesk certificates print', () => {
  it('prints a decision to one PDF with a calibration', async () => {
    const dir = await dataDir();
    const out = path.join(dir, 'out.pdf');
    const run = await cli(['certificates', 'print', '--decision', '123/QĐ-LĐLĐ', '--out', out, '--calibration', '1.5,-2', '--data-dir', dir, '--json']);
    expect(run.code).toBe(0);
    const result = run.json<{ pages: number; dxMm: number; dyMm: number; file: string }>();
    expect(result).toMatchObject({ pages: 3, dxMm: 1.5, dyMm: -2, file: out });
    expect(pageSizesPt(out)).toHaveLength(3);
    expect(pdfText(out)).toContain('Đặng Văn Ước');
  });

  it('refuses a bad calibration with a usage error and an unknown decision with one line', async () => {
    const dir = await dataDir();
    const out = path.join(dir, 'out.pdf');
    for (const bad of ['1.5', 'x,y', '99,0']) {
      const line = expectOneLineFailure(await cli(['certificates', 'print', '--decision', '123/QĐ-LĐLĐ', '--out', out, '--calibration', bad, '--data-dir', dir]), 2);
      expect(line).toContain('--calibration');
    }
    expectOneLineFailure(await cli(['certificates', 'print', '--out', out, '--data-dir', dir]), 2);
    const unknown = expectOneLineFailure(await cli(['certificates', 'print', '--decision', '999/QĐ-XX', '--out', out, '--data-dir', dir]), 1);
    expect(unknown).toContain('999/QĐ-XX');
  });
});
