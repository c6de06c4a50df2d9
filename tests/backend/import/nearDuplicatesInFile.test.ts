import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/exchange/import';
import { call, useTempDirs } from '../../fixtures/backend';
import { cli } from '../../fixtures/cli';
import { workbookBytes } from '../exchange/helpers/workbooks';
import { base64 } from '../members/helpers';

const temp = useTempDirs();

/**
 * An office with no members yet, two CĐCS. The file (sheet rows 2–7):
 *   2 Nguyễn Thị Hòa  01/02/1990 …001 CS0001
 *   3 Nguyễn Thị Hoa  01/02/1990 …002 CS0001  folded like row 2, same birth, same CĐCS → possible, naming row 2
 *   4 Nguyễn Thị Hoa  01/02/1990 …003 CS0002  another CĐCS                             → not flagged
 *   5 Lê Văn Bình     03/04/1985 …004 CS0001
 *   6 Lê Văn Bính     03/04/1986 …005 CS0001  another birth date                        → not flagged
 *   7 LE VAN BINH     03/04/1985 …006 CS0001  folded like row 5                         → possible, naming row 5
 */
const ROWS = [
  ['Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã CĐCS'],
  ['Nguyễn Thị Hòa', '01/02/1990', '001190000001', 'CS0001'],
  ['Nguyễn Thị Hoa', '01/02/1990', '001190000002', 'CS0001'],
  ['Nguyễn Thị Hoa', '01/02/1990', '001190000003', 'CS0002'],
  ['Lê Văn Bình', '03/04/1985', '001085000004', 'CS0001'],
  ['Lê Văn Bính', '03/04/1986', '001086000005', 'CS0001'],
  ['LE VAN BINH', '03/04/1985', '001085000006', 'CS0001'],
];

async function office() {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  await call(backend, 'setup:start', { mode: 'empty', officeName: 'Công đoàn phường Chương Mỹ', year: 2025 });
  await call(backend, 'unions:save', { draft: { name: 'CĐCS Trường A', code: 'CS0001', foundedOn: '2010-01-01' } });
  await call(backend, 'unions:save', { draft: { name: 'CĐCS Trường B', code: 'CS0002', foundedOn: '2010-01-01' } });
  return { dir, backend };
}

describe('member import: two rows of the same file that may be one person', () => {
  it('shows the later row as "có thể trùng" with the earlier sheet row, in the wizard’s preview and the result', async () => {
    const { backend } = await office();
    const inspection = await call(backend, 'import:inspect', { kind: 'members', fileName: 'ds.xlsx', base64: base64(workbookBytes([{ name: 'DS', rows: ROWS }])) });
    const preview = await call(backend, 'import:preview', { token: inspection.token, mapping: inspection.mapping });
    expect(preview.problems).toEqual([]);
    expect(preview.possibleDuplicates.map((d) => [d.row, d.fileRow, d.reason, d.existingName, d.existingId])).toEqual([
      [3, 2, 'similarRowInFile', 'Nguyễn Thị Hòa', null],
      [7, 5, 'similarRowInFile', 'Lê Văn Bình', null],
    ]);
    expect(preview.possibleDuplicates[0]!.existingDetail).toBe('dòng 2 của tệp — 01/02/1990 — CĐCS Trường A');
    const result = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping, onDuplicate: 'skip' });
    // Shown, never refused: every row is a new member.
    expect(result).toMatchObject({ imported: 6, skipped: 0, updated: 0 });
    expect(result.possibleDuplicates.map((p) => [p.row, p.fileRow, p.name, p.existingName])).toEqual([
      [3, 2, 'Nguyễn Thị Hoa', 'Nguyễn Thị Hòa'],
      [7, 5, 'Le Van Binh', 'Lê Văn Bình'],
    ]);
  });

  it('the CLI’s --json result and text name both rows', async () => {
    const { dir, backend } = await office();
    backend.close();
    const file = path.join(temp.dir(), 'ds.xlsx');
    fs.writeFileSync(file, workbookBytes([{ name: 'DS', rows: ROWS }]));
    const run = await cli(['import', 'members', file, '--dry-run', '--json', '--data-dir', dir]);
    expect(run.code).toBe(0);
    const out = run.json<ImportResult>();
    expect(out.possibleDuplicates.map((p) => [p.row, p.fileRow])).toEqual([
      [3, 2],
      [7, 5],
    ]);
    const text = await cli(['import', 'members', file, '--dry-run', '--data-dir', dir]);
    expect(text.stdout.join('\n')).toContain('3\tNguyễn Thị Hoa\tNguyễn Thị Hòa — dòng 2 của tệp');
  });
});
