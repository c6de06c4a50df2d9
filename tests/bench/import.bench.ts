import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { spawnSync } from 'node:child_process';
import { Rng } from '../../electron/backend/seed/random';
import { makePersonName } from '../../electron/backend/seed/names';
import { fmt, report } from './measure';

/** A plain member list of `rows` rows for the unions CS0001…CS0050. */
export function memberWorkbook(rows: number): Uint8Array {
  const rng = new Rng(99);
  const aoa: unknown[][] = [['DANH SÁCH ĐOÀN VIÊN'], [], ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Điện thoại', 'Ngày vào CĐ', 'Mã CĐCS']];
  for (let i = 1; i <= rows; i++) {
    const sex = rng.chance(0.5) ? 'female' : 'male';
    aoa.push([
      i,
      makePersonName(rng, sex).fullName,
      `${String(rng.int(1, 28)).padStart(2, '0')}/${String(rng.int(1, 12)).padStart(2, '0')}/${rng.int(1965, 2004)}`,
      sex === 'female' ? 'Nữ' : 'Nam',
      `0019${String(i).padStart(8, '0')}`,
      `09${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
      `${String(rng.int(1, 28)).padStart(2, '0')}/${String(rng.int(1, 12)).padStart(2, '0')}/${rng.int(2005, 2025)}`,
      `CS${String(rng.int(1, 50)).padStart(4, '0')}`,
    ]);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'Danh sách');
  return new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'array', compression: true }) as ArrayBuffer);
}

interface ChildFigures {
  ms: number;
  cpuMs: number;
  peakMb: number;
  baselineMb?: number;
  imported?: number;
  rejected?: number;
}

function measureInChild(args: string[]): ChildFigures {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'tests/bench/importChild.ts', ...args], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as ChildFigures;
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');

/** SheetJS's parse and the whole import of the same file, each in a process of its own; the ratio is of the two. */
export async function benchImport(workDir: string, rows: number): Promise<void> {
  const file = path.join(workDir, `members-${rows}.xlsx`);
  if (!fs.existsSync(file)) fs.writeFileSync(file, memberWorkbook(rows));
  const parse = measureInChild(['parse', file]);
  const run = measureInChild(['import', file, path.join(workDir, 'import')]);
  const ratio = run.ms / parse.ms;
  report([
    [`.xlsx of ${rows.toLocaleString('en')} rows (MB)`, fmt(fs.statSync(file).size / 1e6)],
    ['SheetJS parse alone (s)', `${fmt(parse.ms / 1000, 2)}  (its process peaks at ${fmt(parse.peakMb, 0)} MB)`],
    ['whole import: read, check, write (s)', fmt(run.ms / 1000, 2)],
    ['rows imported / rejected', `${run.imported} / ${run.rejected}`],
    ['import ÷ SheetJS parse', `${fmt(ratio, 2)}×  (target ≤ 2×: ${verdict(ratio <= 2)})`],
    ['the same in processor time', `${fmt(run.cpuMs / parse.cpuMs, 2)}×  (${fmt(run.cpuMs / 1000, 2)} s ÷ ${fmt(parse.cpuMs / 1000, 2)} s; waiting on a loaded machine left out)`],
    ['import process memory, peak (MB)', `${fmt(run.peakMb, 0)}  (at rest before the import ${fmt(run.baselineMb ?? 0, 0)}; target ≤ 600: ${verdict(run.peakMb <= 600)})`],
  ]);
}
