import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../fixtures/backend';
import { cli, expectOneLineFailure } from '../../fixtures/cli';

const temp = useTempDirs();

describe('uniondesk report finalize, package build|verify, upper import', () => {
  it('runs the whole path from a shell with the JSON shapes of the issue', async () => {
    const lower = temp.dir();
    const upper = temp.dir();
    expect((await cli(['seed', '--unions', '6', '--members', '120', '--year', '2025', '--seed', '2', '--data-dir', lower])).code).toBe(0);
    expectOneLineFailure(await cli(['package', 'build', '--year', '2025', '--out', path.join(lower, 'p.zip'), '--data-dir', lower]), 1);
    const finalized = await cli(['report', 'finalize', '--year', '2025', '--json', '--data-dir', lower]);
    expect(finalized.json()).toMatchObject({ version: 1 });
    const zip = path.join(lower, 'p.zip');
    const built = await cli(['package', 'build', '--year', '2025', '--out', zip, '--no-pdf', '--json', '--data-dir', lower]);
    expect(built.code).toBe(0);
    expect(built.json()).toMatchObject({ revision: 1, pdf: 'not-requested' });

    const verified = await cli(['package', 'verify', zip, '--json', '--data-dir', upper]);
    expect(verified.code).toBe(0);
    const result = verified.json<Record<string, unknown>>();
    expect(Object.keys(result).sort()).toEqual(['fingerprint', 'office', 'ok', 'period', 'problems', 'revision']);
    expect(result).toMatchObject({ ok: true, office: 'cdp-chuongmy', period: 2025, revision: 1, fingerprint: built.json<{ fingerprint: string }>().fingerprint, problems: [] });

    const bad = Buffer.from(fs.readFileSync(zip));
    bad[bad.length - 30] = bad[bad.length - 30]! ^ 0xff;
    fs.writeFileSync(path.join(lower, 'bad.zip'), bad);
    const refused = await cli(['package', 'verify', path.join(lower, 'bad.zip'), '--json', '--data-dir', upper]);
    expect(refused.code).toBe(1);
    expect(refused.json<{ ok: boolean; problems: string[] }>()).toMatchObject({ ok: false });
    expect(refused.json<{ problems: string[] }>().problems).toHaveLength(1);

    const imported = await cli(['upper', 'import', zip, path.join(lower, 'bad.zip'), '--json', '--data-dir', upper]);
    const shape = imported.json<{ accepted: unknown[]; replaced: unknown[]; unchanged: unknown[]; refused: { file: string; reason: string }[] }>();
    expect(Object.keys(shape).sort()).toEqual(['accepted', 'refused', 'replaced', 'unchanged']);
    expect(shape.accepted).toHaveLength(1);
    expect(shape.refused.map((r) => r.file)).toEqual(['bad.zip']);
    const text = await cli(['upper', 'import', zip, '--data-dir', upper]);
    expect(text.stdout.join('\n')).toContain('không đổi 1');
  });
});
