import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { call, count, readDb, useTempDirs } from '../../fixtures/backend';
import { base64 } from '../members/helpers';

const temp = useTempDirs();

/** `valid` good rows of one CĐCS followed by `bad` rows whose birth date is not a date. */
function listWithRejects(code: string, valid: number, bad: number): Uint8Array {
  const aoa: (string | number)[][] = [['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Ngày vào CĐ', 'Mã CĐCS']];
  for (let i = 0; i < valid + bad; i++) {
    const birth = i < valid ? `${String((i % 28) + 1).padStart(2, '0')}/05/1980` : 'không rõ';
    aoa.push([i + 1, `Phạm Thị Số ${i}`, birth, `0029${String(i).padStart(8, '0')}`, '01/03/2015', code]);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'DS');
  return new Uint8Array(XLSX.write(book, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
}

async function office(): Promise<{ backend: Backend; code: string }> {
  const backend = temp.open({ dataDir: temp.dir() });
  await call(backend, 'setup:start', { mode: 'demo', unions: 5, members: 20, year: 2025, seed: 7 });
  const union = (await call(backend, 'unions:list', { limit: 1 })).items[0]!;
  return { backend, code: union.code! };
}

const members = (backend: Backend) => readDb(backend.dbFile, (db) => count(db, 'SELECT count(*) FROM members'));

describe('cancel means cancelled; a committed import never reports failure', () => {
  it('a cancel that arrives after the commit answers "not cancelled", and the import reports success', async () => {
    const { backend, code } = await office();
    const before = members(backend);
    const inspection = await call(backend, 'import:inspect', { kind: 'members', fileName: 'ds.xlsx', base64: base64(listWithRejects(code, 300, 400)) });
    const running = backend.invoke('import:run', { token: inspection.token, mapping: inspection.mapping, jobId: 'late-cancel' });
    let settled = false;
    void running.then(() => (settled = true));
    let answer: unknown = null;
    // Watch the file from another connection; cancel as soon as the rows are committed, as a user
    // pressing "Hủy" while the rejected-rows workbook is being written would.
    while (!settled && answer === null) {
      await new Promise((resolve) => setImmediate(resolve));
      if (members(backend) > before) answer = await backend.invoke('jobs:cancel', { jobId: 'late-cancel' });
    }
    expect(answer).toEqual({ ok: true, value: { cancelled: false } });
    const result = await running;
    expect(result).toMatchObject({ ok: true, value: { imported: 300 } });
    expect(members(backend)).toBe(before + 300);
  });

  it('a rejected-rows file that cannot be written is a warning on a successful import', async () => {
    const { backend, code } = await office();
    const before = members(backend);
    fs.writeFileSync(path.join(backend.dataDir, 'exports'), 'a file where the exports folder should be');
    const inspection = await call(backend, 'import:inspect', { kind: 'members', fileName: 'ds.xlsx', base64: base64(listWithRejects(code, 10, 3)) });
    const result = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping });
    expect(result).toMatchObject({ imported: 10, rejectedFile: null });
    expect(result.errors).toHaveLength(3);
    expect(result.warnings).toEqual([expect.stringMatching(/^Đã nhập xong, nhưng không ghi được tệp các dòng bị loại: /)]);
    expect(members(backend)).toBe(before + 10);
  });
});
