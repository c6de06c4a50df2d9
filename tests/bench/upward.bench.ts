import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openBackend, type Backend } from '../../electron/backend/backend';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import { fmt, report, time } from './measure';
import { withGrantedTarget } from '../../electron/backend/files/targets';

const YEAR = 2026; // the year members.bench.ts seeds

async function call<C extends Channel>(backend: Backend, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await backend.invoke(channel, withGrantedTarget(input));
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Output<C>;
}

async function finalised(backend: Backend): Promise<void> {
  if ((await call(backend, 'reports:get', { year: YEAR })).draft === null) await call(backend, 'reports:create', { year: YEAR, from: 'template' });
  await call(backend, 'reports:finalize', { year: YEAR, allowUnwritten: true });
}

/**
 * Sending upward: the package of the big office (target ≤ 3 s at 1,000,000 members, PDF not
 * included), then `offices` small offices' packages imported at once by an upper office and
 * rolled up (target ≤ 2 s for 30).
 */
export async function benchUpward(workDir: string, dataDir: string, offices = 30): Promise<void> {
  const big = openBackend({ dataDir });
  await finalised(big);
  const out = path.join(workDir, 'upward');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const cpu = process.cpuUsage();
  const build = await time(() => call(big, 'upward:build', { year: YEAR, pdf: false, target: path.join(out, 'big.zip') }));
  const used = process.cpuUsage(cpu);
  big.close();

  const files: { name: string; base64: string }[] = [];
  for (let i = 0; i < offices; i++) {
    const dir = path.join(out, `office-${i}`);
    const backend = openBackend({ dataDir: dir });
    await call(backend, 'setup:start', { mode: 'demo', unions: 20, members: 300, year: YEAR, seed: 100 + i });
    await call(backend, 'settings:update', { 'office.name': `Công đoàn phường số ${i + 1}` });
    const db = new Database(backend.dbFile);
    db.prepare('UPDATE organizations SET code = ? WHERE is_own_office = 1').run(`cdp-so-${i + 1}`);
    db.close();
    await finalised(backend);
    const built = await call(backend, 'upward:build', { year: YEAR, pdf: false, target: path.join(dir, 'p.zip') });
    files.push({ name: `p${i}.zip`, base64: fs.readFileSync(built.file).toString('base64') });
    backend.close();
  }
  const upper = openBackend({ dataDir: path.join(out, 'upper') });
  await call(upper, 'setup:start', { mode: 'empty', officeName: 'Liên đoàn Lao động thành phố', year: YEAR });
  const imported = await time(() => call(upper, 'upper:import', { files, repin: [] }));
  const rolled = await time(() => call(upper, 'upper:rollup', { year: YEAR }));
  upper.close();
  report([
    ['package build, whole office (s)', `${fmt(build.ms / 1000)}  (CPU ${fmt((used.user + used.system) / 1e6)}; ${fmt(fs.statSync(build.value.file).size / 1e6)} MB; chart pictures drawn by resvg, no browser; target ≤ 3)`],
    [`import ${offices} packages + roll-up (s)`, `${fmt((imported.ms + rolled.ms) / 1000)}  (import ${fmt(imported.ms / 1000)}, roll-up ${fmt(rolled.ms / 1000)}; ${imported.value.accepted.length} accepted; target ≤ 2 for 30)`],
  ]);
}
