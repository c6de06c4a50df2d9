import assert from 'node:assert/strict';
import * as XLSX from '@e965/xlsx';
import type { ProgressEvent } from '../../../shared/ipc/events';
import type { Result } from '../../../shared/ipc/result';

/*
 * What a user's first minutes ask of the backend, as calls the way the window makes them.
 * Framework-free (node:assert) so the same steps run against the worker thread alone, the built
 * main process with the Electron stand-in, and real Electron where a binary exists.
 */

export interface BackendDriver {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Called with every progress event the backend pushes. */
  onProgress(listener: (event: ProgressEvent) => void): void;
}

const GIVENS = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hùng', 'Lan', 'Mai'];
const nameOf = (i: number) => `${['Nguyễn', 'Trần', 'Lê', 'Phạm'][i % 4]} ${['Văn', 'Thị', 'Minh'][Math.floor(i / 4) % 3]} ${['Ánh', 'Bảo', 'Khánh', 'Quốc'][Math.floor(i / 12) % 4]} ${GIVENS[Math.floor(i / 48) % 10]}${i >= 480 ? ` ${i}` : ''}`;
const cccdOf = (i: number, series: number) => `0${series}9${String(i).padStart(9, '0')}`;

/** A plain member list of `rows` distinct people of one CĐCS, as an .xlsx file's base64. */
export function memberListBase64(rows: number, unionCode: string, series: number): string {
  const aoa: (string | number)[][] = [['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Ngày vào CĐ', 'Mã CĐCS']];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    aoa.push([i + 1, nameOf(i), `${day}/0${(i % 9) + 1}/19${70 + (i % 30)}`, cccdOf(i, series), `${day}/03/2015`, unionCode]);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'DS');
  return Buffer.from(XLSX.write(book, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer).toString('base64');
}

async function value<T>(driver: BackendDriver, channel: string, input: unknown): Promise<T> {
  const result = await driver.invoke(channel, input);
  assert.ok(result.ok, `${channel} failed: ${result.ok ? '' : `${result.error.code} ${result.error.message}`}`);
  return result.value as T;
}

interface Inspection {
  token: string;
  mapping: Record<string, number>;
}

/** First start, a small import with its progress, a cancelled big import, a search. */
export async function firstMinutes(driver: BackendDriver): Promise<void> {
  const events: ProgressEvent[] = [];
  const cancelJob = 'big-import';
  const cancels: Promise<Result<unknown>>[] = [];
  driver.onProgress((event) => {
    events.push(event);
    if (event.jobId === cancelJob && event.done > 0 && event.done < event.total && cancels.length === 0) {
      cancels.push(driver.invoke('jobs:cancel', { jobId: cancelJob }));
    }
  });

  const info = await value<{ setupDone: boolean; schemaVersion: number; dbFile: string }>(driver, 'app:info', {});
  assert.equal(info.setupDone, false);
  assert.ok(info.schemaVersion > 0);
  await value(driver, 'setup:start', { mode: 'demo', unions: 3, members: 30, year: 2025, seed: 2, jobId: 'first-setup' });
  assert.ok(events.some((e) => e.jobId === 'first-setup'), 'the demo setup reports its progress');
  assert.equal((await value<{ setupDone: boolean }>(driver, 'app:info', {})).setupDone, true);
  const union = (await value<{ items: { id: number; code: string }[] }>(driver, 'unions:list', { limit: 1 })).items[0]!;

  const small = await value<Inspection>(driver, 'import:inspect', { kind: 'members', fileName: 'ds-nho.xlsx', base64: memberListBase64(40, union.code, 1) });
  const imported = await value<{ imported: number; errors: unknown[] }>(driver, 'import:run', { token: small.token, mapping: small.mapping, jobId: 'small-import' });
  assert.deepEqual([imported.imported, imported.errors], [40, []]);
  const smallProgress = events.filter((e) => e.jobId === 'small-import');
  assert.ok(smallProgress.length > 0, 'the import reports its progress');
  assert.deepEqual([smallProgress.at(-1)!.done, smallProgress.at(-1)!.total], [40, 40]);

  const before = (await value<{ total: number }>(driver, 'members:list', { offset: 0, limit: 1 })).total;
  const big = await value<Inspection>(driver, 'import:inspect', { kind: 'members', fileName: 'ds-lon.xlsx', base64: memberListBase64(6_000, union.code, 2) });
  const cancelled = await driver.invoke('import:run', { token: big.token, mapping: big.mapping, jobId: cancelJob });
  assert.equal(cancels.length, 1, 'a cancel was sent mid-way');
  assert.deepEqual(await cancels[0], { ok: true, value: { cancelled: true } });
  assert.equal(cancelled.ok, false);
  if (!cancelled.ok) assert.equal(cancelled.error.code, 'CANCELLED');
  assert.equal((await value<{ total: number }>(driver, 'members:list', { offset: 0, limit: 1 })).total, before);

  const hits = await value<{ items: { fullName: string; cccd: string | null }[] }>(driver, 'members:search', { query: cccdOf(7, 1) });
  assert.deepEqual(hits.items.map((m) => m.fullName), [nameOf(7)]);
  const byName = await value<{ total: number }>(driver, 'members:search', { query: 'nguyen van anh' });
  assert.ok(byName.total >= 1);
}
