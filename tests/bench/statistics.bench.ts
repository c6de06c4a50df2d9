import path from 'node:path';
import { openDatabase } from '../../electron/backend/db/connection';
import { forgetMemberMemo } from '../../electron/backend/statistics/figureSession';
import { computeYearFigures } from '../../electron/backend/statistics/yearFigures';
import { fmt, percentile, report } from './measure';

const YEAR = 2026; // the year members.bench.ts seeds

/** Wall time and this process's CPU time (the machine may be shared: CPU time shows the work itself). */
function timed<T>(work: () => T): { ms: number; cpuMs: number; value: T } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = work();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

/** Benchmark of the statistics slice; prints figures with report() from ./measure, never asserts a time. */
export async function benchStatistics(dataDir: string): Promise<void> {
  const db = openDatabase(path.join(dataDir, 'uniondesk.db'), { readonly: true });
  try {
    const members = db.prepare('SELECT count(*) FROM members').pluck().get() as number;
    const unions = db.prepare("SELECT count(*) FROM organizations WHERE level = 'grassroots'").pluck().get() as number;
    const compute = () => computeYearFigures(db, { year: YEAR, locale: 'vi' });
    const first = timed(compute);
    const cold = Array.from({ length: 5 }, () => {
      forgetMemberMemo(db);
      return timed(compute);
    });
    const warm = Array.from({ length: 7 }, () => timed(compute));
    const p = (runs: { ms: number; cpuMs: number }[], q: number, key: 'ms' | 'cpuMs') => fmt(percentile(runs.map((run) => run[key]), q));
    const total = first.value.find((figure) => figure.code === 'members.total');
    report([
      ['data', `${members.toLocaleString('en')} members, ${unions.toLocaleString('en')} CĐCS, year ${YEAR}`],
      ['figures of a year (with last year), first run (ms)', `${fmt(first.ms)} (CPU ${fmt(first.cpuMs)})`],
      ['from scratch, p50 / p95 of 5 runs (ms)', `${p(cold, 50, 'ms')} / ${p(cold, 95, 'ms')}  (target ≤ 500)`],
      ['  CPU time p50 / p95 (ms)', `${p(cold, 50, 'cpuMs')} / ${p(cold, 95, 'cpuMs')}`],
      ['again, database unchanged, p50 / p95 of 7 runs (ms)', `${p(warm, 50, 'ms')} / ${p(warm, 95, 'ms')}`],
      ['figures computed / members at the cut-off', `${first.value.length} / ${(total?.value ?? 0).toLocaleString('en')}`],
    ]);
  } finally {
    db.close();
  }
}
