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

export async function benchImport(workDir: string, rows: number): Promise<void> {
  const file = path.join(workDir, `members-${rows}.xlsx`);
  if (!fs.existsSync(file)) fs.writeFileSync(file, memberWorkbook(rows));
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'tests/bench/importChild.ts', file, path.join(workDir, 'import')], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  const r = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as { parseMs: number; importMs: number; peakMb: number; baselineMb: number; imported: number; rejected: number };
  report([
    [`.xlsx of ${rows.toLocaleString('en')} rows (MB)`, fmt(fs.statSync(file).size / 1e6)],
    ['SheetJS parse alone (s)', fmt(r.parseMs / 1000, 2)],
    ['whole import: read, check, write (s)', `${fmt(r.importMs / 1000, 2)}  → ${fmt(r.importMs / r.parseMs, 2)}× the parse  (target ≤ 2×)`],
    ['rows imported / rejected', `${r.imported} / ${r.rejected}`],
    ['backend process memory, peak (MB)', `${fmt(r.peakMb, 0)} (at rest before the import ${fmt(r.baselineMb, 0)})  (target ≤ 600)`],
  ]);
}
