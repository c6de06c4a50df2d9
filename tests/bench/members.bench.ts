import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { fmt, ms, percentile, report, time } from './measure';
import { withGrantedTarget } from '../../electron/backend/files/targets';

/** Queries a clerk types: full names, partial names, given names, CCCD and phone prefixes. */
const QUERIES = ['nguyen van d', 'tran thi thu', 'duc', 'Lê Thị Hương', 'pham minh', 'hoang anh', 'bui', 'ngoc anh', '001085', '0912', 'vu thi mai', 'dang van hung'];

async function call(backend: Backend, channel: string, input: unknown) {
  const result = await backend.invoke(channel, withGrantedTarget(input));
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { total: number; items: { id: number }[] };
}

export async function seedMillion(dataDir: string, members: number, unions: number): Promise<number> {
  fs.rmSync(dataDir, { recursive: true, force: true });
  const backend = openBackend({ dataDir });
  const { ms: seedMs } = await time(() => call(backend, 'setup:start', { mode: 'demo', unions, members, year: 2026, seed: 7 }));
  backend.close();
  return seedMs;
}

export async function benchMembers(dataDir: string): Promise<void> {
  const backend = openBackend({ dataDir });
  const searchTimes: number[] = [];
  for (const query of QUERIES) await call(backend, 'members:search', { query, limit: 20 }); // warm-up, not timed
  for (let round = 0; round < 5; round++) {
    for (const query of QUERIES) searchTimes.push((await time(() => call(backend, 'members:search', { query, limit: 20 }))).ms);
  }

  // The same questions answered by scanning the table with LIKE, as a spreadsheet-minded app would.
  const raw = new Database(path.join(dataDir, 'uniondesk.db'), { readonly: true });
  const like = raw.prepare(
    `SELECT id FROM members WHERE name_fold LIKE @q OR cccd LIKE @q OR phone LIKE @q OR card_number LIKE @q LIMIT 20`,
  );
  const likeCount = raw.prepare(`SELECT count(*) FROM members WHERE name_fold LIKE @q OR cccd LIKE @q OR phone LIKE @q OR card_number LIKE @q`).pluck();
  const likeTimes: number[] = [];
  for (let round = 0; round < 3; round++) for (const query of QUERIES) {
    const q = `%${query.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd')}%`;
    const start = process.hrtime.bigint();
    like.all({ q });
    likeCount.get({ q });
    likeTimes.push(ms(start));
  }
  raw.close();

  await call(backend, 'members:list', { offset: 0, limit: 50 });
  const cold = await time(() => call(backend, 'members:list', { offset: 500_000, limit: 50 }));
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) warm.push((await time(() => call(backend, 'members:list', { offset: 500_000 + i * 50, limit: 50 }))).ms);
  const shallow: number[] = [];
  for (let i = 0; i < 20; i++) shallow.push((await time(() => call(backend, 'members:list', { offset: i * 50, limit: 50 }))).ms);
  backend.close();

  const p95 = percentile(searchTimes, 95);
  const likeP95 = percentile(likeTimes, 95);
  report([
    ['search p50 / p95 (ms)', `${fmt(percentile(searchTimes, 50), 2)} / ${fmt(p95, 2)}  (target p95 ≤ 30)`],
    ['LIKE scan p50 / p95 (ms)', `${fmt(percentile(likeTimes, 50))} / ${fmt(likeP95)}`],
    ['search speed-up vs LIKE (p95)', `${fmt(likeP95 / p95, 0)}×  (target ≥ 100×)`],
    ['page at offset 500,000, first (anchors built) (ms)', fmt(cold.ms)],
    ['page at offset 500,000, then p95 (ms)', `${fmt(percentile(warm, 95), 2)}  (target ≤ 20)`],
    ['page at offset 0–1,000 p95 (ms)', fmt(percentile(shallow, 95), 2)],
  ]);
}
