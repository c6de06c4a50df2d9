import path from 'node:path';
import type { BackendContext } from '../../electron/backend/core/context';
import { openDatabase, type Db } from '../../electron/backend/db/connection';
import { reportDocument } from '../../electron/backend/reports/document';
import { forgetMemberMemo } from '../../electron/backend/statistics/figureSession';
import { computeYearFigures } from '../../electron/backend/statistics/yearFigures';
import { fmt, percentile, report } from './measure';

const YEAR = 2026; // the year members.bench.ts seeds

interface Run {
  ms: number;
  cpuMs: number;
}

/** Wall time and this process's CPU time (the machine may be shared: CPU time shows the work itself). */
function timed<T>(work: () => T): Run & { value: T } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = work();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

/** `runs` timings after one untimed warm-up; `fresh` drops the kept member counts before each. */
function sample(db: Db, runs: number, fresh: boolean, work: () => unknown): Run[] {
  work();
  return Array.from({ length: runs }, () => {
    if (fresh) forgetMemberMemo(db);
    return timed(work);
  });
}

const quantiles = (runs: Run[]) =>
  `${fmt(percentile(runs.map((r) => r.ms), 50))} / ${fmt(percentile(runs.map((r) => r.ms), 95))}  (CPU ${fmt(percentile(runs.map((r) => r.cpuMs), 50))} / ${fmt(percentile(runs.map((r) => r.cpuMs), 95))})`;

/** What reports:document needs, on a read-only connection (the year-end report's print/preview). */
function reportContext(db: Db, dataDir: string): BackendContext {
  return {
    db,
    dataDir,
    dbFile: path.join(dataDir, 'uniondesk.db'),
    resourcesDir: path.resolve('resources'),
    version: 'bench',
    latestSchemaVersion: 0,
    actor: 'bench',
    locale: 'vi',
    now: () => new Date(`${YEAR}-12-05T08:00:00Z`),
    startJob: () => {
      throw new Error('no jobs in the benchmark');
    },
    cancelJob: () => false,
  };
}

/** Benchmark of the statistics slice; prints figures with report() from ./measure, never asserts a time. */
export async function benchStatistics(dataDir: string): Promise<void> {
  const db = openDatabase(path.join(dataDir, 'uniondesk.db'), { readonly: true });
  try {
    const members = db.prepare('SELECT count(*) FROM members').pluck().get() as number;
    const unions = db.prepare("SELECT count(*) FROM organizations WHERE level = 'grassroots'").pluck().get() as number;
    const movements = db.prepare('SELECT count(*) FROM member_movements').pluck().get() as number;
    const compute = () => computeYearFigures(db, { year: YEAR, locale: 'vi' });
    forgetMemberMemo(db);
    const first = timed(compute);
    const cold = sample(db, 7, true, compute);
    const warm = sample(db, 7, false, compute);
    const total = first.value.find((figure) => figure.code === 'members.total');

    // The year-end report: this year's figures, four earlier years for the charts, the chart SVGs.
    const ctx = reportContext(db, dataDir);
    const chartYears = () => [YEAR, ...Array.from({ length: 4 }, (_, i) => YEAR - 4 + i)].map((year) => computeYearFigures(db, { year, locale: 'vi' }));
    const chartsCold = sample(db, 3, true, chartYears);
    const documentCold = sample(db, 3, true, () => reportDocument(ctx, YEAR));
    const documentWarm = sample(db, 3, false, () => reportDocument(ctx, YEAR));
    const charts = reportDocument(ctx, YEAR).charts;

    report([
      ['data', `${members.toLocaleString('en')} members, ${movements.toLocaleString('en')} movements, ${unions.toLocaleString('en')} CĐCS, year ${YEAR}`],
      ['figures of a year (with last year), first run (ms)', `${fmt(first.ms)} (CPU ${fmt(first.cpuMs)})`],
      ['from scratch, p50 / p95 of 7 runs (ms)', `${quantiles(cold)}  (target ≤ 500)`],
      ['again, database unchanged, p50 / p95 of 7 runs (ms)', quantiles(warm)],
      ['figures computed / members at the cut-off', `${first.value.length} / ${(total?.value ?? 0).toLocaleString('en')}`],
      ['report charts: figures of 5 years, from scratch, p50 / p95 of 3 (ms)', quantiles(chartsCold)],
      ['report document with charts, from scratch, p50 / p95 of 3 (ms)', quantiles(documentCold)],
      ['report document with charts, again, p50 / p95 of 3 (ms)', quantiles(documentWarm)],
      ['charts / members per year in chart 1', `${charts.length} / ${charts[0]?.data.series[0]?.values.map((v) => (v ?? 0).toLocaleString('en')).join(', ') ?? '-'}`],
    ]);
  } finally {
    forgetMemberMemo(db);
    db.close();
  }
}
