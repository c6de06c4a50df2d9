import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { call, callError, useTempDirs, withDb } from '../../fixtures/backend';
import { cli } from '../../fixtures/cli';
import { admit, base64, emptyOffice } from '../members/helpers';
import { awardsOffice } from '../awards/helpers';
import { dataDump } from './dataDump';

const temp = useTempDirs();

async function workbook(rows: (string | null)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('DS');
  sheet.addRow(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Điện thoại', 'Mã CĐCS']);
  for (const row of rows) sheet.addRow(row);
  return base64(new Uint8Array(await book.xlsx.writeBuffer()));
}

async function importMembers(backend: Backend, fileName: string, rows: (string | null)[][]) {
  const inspection = await call(backend, 'import:inspect', { kind: 'members', fileName, base64: await workbook(rows) });
  return call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping, onDuplicate: 'update' });
}

async function office() {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  const [union] = await emptyOffice(backend, [{ name: 'Công đoàn cơ sở Công ty May 10', code: 'CS0001' }]);
  const existing = await admit(backend, union!.id, 'Trần Thị Dung', { cccd: '001190777002', phone: '0911111111', birthDate: '1990-06-05', sex: 'female' });
  return { dir, backend, union: union!, existing };
}

const FILE = [
  ['Nguyễn Văn Đức', '15/03/1985', 'Nam', '001085777001', '0912345678', 'CS0001'],
  ['Trần Thị Dung', '05/06/1990', 'Nữ', '001190777002', '0987654321', 'CS0001'],
  ['Lê Văn Cường', '1978', 'Nam', '036078777003', '', 'CS0001'],
];

describe('undo of a whole import', () => {
  it('puts back exactly the rows before the import: added members (with movements and search keys) gone, the changed one as it was', async () => {
    const { backend } = await office();
    const before = dataDump(backend);
    const result = await importMembers(backend, 'ds.xlsx', FILE);
    expect(result).toMatchObject({ imported: 2, updated: 1 });
    expect(dataDump(backend)).not.toEqual(before);
    const [run] = await call(backend, 'imports:list', {});
    expect(run).toMatchObject({ kind: 'members', file: 'ds.xlsx', imported: 2, updated: 1, undoneAt: null });
    expect((await call(backend, 'members:search', { query: 'duc', limit: 5 })).total).toBe(1);

    const undone = await call(backend, 'imports:undo', { id: run!.id });
    expect(undone).toEqual({ removed: 2, restored: 1 });
    expect(dataDump(backend)).toEqual(before);
    expect((await call(backend, 'members:search', { query: 'duc', limit: 5 })).total).toBe(0);
    expect((await call(backend, 'members:search', { query: '0911111111', limit: 5 })).total).toBe(1);
    expect((await call(backend, 'imports:list', {}))[0]!.undoneAt).toBe('2025-03-15T08:00:00.000Z');
    const history = await call(backend, 'audit:list', { limit: 1 });
    expect(history.rows[0]!.summary).toBe('Hoàn tác lần nhập ds.xlsx');
    expect((await callError(backend, 'imports:undo', { id: run!.id })).message).toBe('Lần nhập tệp "ds.xlsx" đã được hoàn tác ngày 15/03/2025.');
  });

  it('undoes an import of CĐCS too', async () => {
    const { backend } = await office();
    const before = dataDump(backend);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('CĐCS');
    sheet.addRow(['Tên công đoàn cơ sở', 'Tổng số lao động', 'Lao động nữ']);
    sheet.addRow(['Công đoàn cơ sở Trường Mầm non Hoa Sen', 40, 35]);
    const inspection = await call(backend, 'import:inspect', { kind: 'unions', fileName: 'cdcs.xlsx', base64: base64(new Uint8Array(await book.xlsx.writeBuffer())) });
    expect(await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping })).toMatchObject({ imported: 1 });
    const [run] = await call(backend, 'imports:list', {});
    await call(backend, 'imports:undo', { id: run!.id });
    expect(dataDump(backend)).toEqual(before);
  });

  it('refuses, changing nothing, when a later edit touched an imported row, or a later import builds on it', async () => {
    const { backend, existing } = await office();
    await importMembers(backend, 'ds.xlsx', FILE);
    await importMembers(backend, 'bo-sung.xlsx', [['Trần Thị Dung', '05/06/1990', 'Nữ', '001190777002', '0900000000', 'CS0001']]);
    const [later, first] = await call(backend, 'imports:list', {});
    const beforeRefusal = dataDump(backend);
    expect((await callError(backend, 'imports:undo', { id: first!.id })).message).toBe(
      'Không hoàn tác được lần nhập tệp "ds.xlsx": lần nhập tệp "bo-sung.xlsx" (15/03/2025) dựa trên nó. Hãy hoàn tác lần nhập sau trước; dữ liệu chưa bị thay đổi.',
    );
    expect(dataDump(backend)).toEqual(beforeRefusal);
    await call(backend, 'imports:undo', { id: later!.id });

    const { member } = await call(backend, 'members:get', { id: existing });
    await call(backend, 'members:update', { id: existing, draft: { ...member, hometown: 'Hà Nội' } });
    const edited = dataDump(backend);
    expect((await callError(backend, 'imports:undo', { id: first!.id })).message).toBe(
      'Không hoàn tác được lần nhập tệp "ds.xlsx": Sửa đoàn viên Trần Thị Dung đã được sửa sau đó (15/03/2025). Hoàn tác sẽ làm mất thay đổi ấy; dữ liệu chưa bị thay đổi.',
    );
    expect(dataDump(backend)).toEqual(edited);
  });

  it('refuses when rows were changed without an audit row (the fingerprint)', async () => {
    const { backend } = await office();
    await importMembers(backend, 'ds.xlsx', FILE);
    withDb(backend, (db) => db.prepare("UPDATE members SET hometown = 'Huế' WHERE cccd = '001085777001'").run());
    const [run] = await call(backend, 'imports:list', {});
    expect((await callError(backend, 'imports:undo', { id: run!.id })).code).toBe('IMPORT_ROWS_CHANGED_LATER');
  });
});

describe('uniondesk imports', () => {
  it('imports list --json gives [{id, at, kind, file, imported, updated}]; imports undo ID undoes it', async () => {
    const { dir, backend } = await office();
    const before = dataDump(backend);
    await importMembers(backend, 'ds.xlsx', FILE);
    backend.close();
    const list = await cli(['imports', 'list', '--json', '--data-dir', dir]);
    expect(list.code).toBe(0);
    const items = list.json<Record<string, unknown>[]>();
    expect(items).toEqual([{ id: items[0]!.id, at: '2025-03-15T08:00:00.000Z', kind: 'members', file: 'ds.xlsx', imported: 2, updated: 1 }]);
    const undo = await cli(['imports', 'undo', String(items[0]!.id), '--data-dir', dir]);
    expect(undo.code).toBe(0);
    expect(undo.stdout.join('\n')).toContain('ds.xlsx');
    const again = await cli(['imports', 'undo', String(items[0]!.id), '--data-dir', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr[0]).toContain('đã được hoàn tác');
    const reopened = temp.open({ dataDir: dir });
    expect(dataDump(reopened)).toEqual(before);
  });
});

describe('undo of an award list imported into a decision', () => {
  it('shows in the import history and its undo removes the decision it created and its awards, nothing else', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    await awardsOffice(backend);
    const before = dataDump(backend);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS');
    sheet.addRow(['Họ và tên', 'Đơn vị', 'Thành tích', 'Loại']);
    sheet.addRow(['Nguyễn Văn Một', 'Công ty May Đức Giang', 'Hoàn thành xuất sắc nhiệm vụ', 'Cá nhân']);
    sheet.addRow(['Trần Thị Ba', 'Trường Tiểu học Ngọc Hòa', '', '']);
    const result = await call(backend, 'awardDecisions:import', {
      fileName: 'ds-khen-2026.xlsx',
      base64: base64(new Uint8Array(await book.xlsx.writeBuffer())),
      number: '40/QĐ-CĐP',
      decidedOn: '2026-07-01',
      formCode: 'GK',
    });
    expect(result).toMatchObject({ imported: 2, errors: [] });
    const runs = await call(backend, 'imports:list', {});
    expect(runs[0]).toMatchObject({ kind: 'awards', file: 'ds-khen-2026.xlsx', imported: 2, updated: 0, undoneAt: null });
    await call(backend, 'imports:undo', { id: runs[0]!.id });
    expect(dataDump(backend)).toEqual(before);
  });
});
