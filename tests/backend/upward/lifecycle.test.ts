import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, callError, useTempDirs } from '../../fixtures/backend';
import { cli } from '../../fixtures/cli';
import { buildPackage, importFiles, lowerOffice, upperOffice, withDb, YEAR } from './offices';

const temp = useTempDirs();

describe('sending upward and receiving, end to end', () => {
  it('keeps the office key across a backup and restore, and logs every package sent with its revision', async () => {
    const office = await lowerOffice(temp, { name: 'Công đoàn phường Yên Nghĩa', code: 'cdp-yen-nghia', seed: 3, unions: 5, members: 100 });
    const state = await call(office.backend, 'upward:state', {});
    expect(state.key.grouped).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(state.sent).toEqual([]);
    await buildPackage(office, 'r1.zip');
    await buildPackage(office, 'r2.zip');
    const log = (await call(office.backend, 'upward:state', { year: YEAR })).sent;
    expect(log.map((s) => [s.revision, s.fingerprint, s.status, s.fileName])).toEqual([
      [2, state.key.fingerprint, 'sent', 'r2.zip'],
      [1, state.key.fingerprint, 'sent', 'r1.zip'],
    ]);
    const backup = path.join(office.dir, 'copy.db');
    office.backend.backup(backup);
    const elsewhere = temp.dir();
    const restored = temp.open({ dataDir: elsewhere });
    restored.restore(backup);
    expect((await call(restored, 'upward:state', {})).key.fingerprint).toBe(state.key.fingerprint);
    // Default file name: <office>-<period>-r<revision>.zip in exports/.
    const built = await call(office.backend, 'upward:build', { year: YEAR, pdf: false });
    expect(path.basename(built.file)).toBe('cdp-yen-nghia-2025-r3.zip');
  });

  it('tracks deadlines and statuses, shows what a new revision changed, and sends receipts back', async () => {
    const office = await lowerOffice(temp, { name: 'Công đoàn phường Yên Nghĩa', code: 'cdp-yen-nghia', seed: 3, unions: 5, members: 100 });
    const upper = await upperOffice(temp);
    const { id } = await call(upper.backend, 'upper:addOffice', { code: 'cdp-yen-nghia', name: 'CĐ phường Yên Nghĩa' });
    await call(upper.backend, 'upper:addOffice', { code: 'cdp-kien-hung', name: 'CĐ phường Kiến Hưng' });
    await call(upper.backend, 'upper:setDeadline', { officeId: id, year: YEAR, dueOn: '2025-03-01' });
    expect((await call(upper.backend, 'upper:offices', { year: YEAR })).map((o) => [o.code, o.status, o.dueOn])).toEqual([
      ['cdp-kien-hung', 'missing', null],
      ['cdp-yen-nghia', 'missing', '2025-03-01'],
    ]);
    const r1 = await buildPackage(office, 'r1.zip');
    const first = await importFiles(upper.backend, [{ name: 'r1.zip', bytes: r1.bytes }]);
    expect(first.accepted[0]!.pinned).toBe(true);
    // Received on 15/03 after a deadline of 01/03: late.
    let rows = await call(upper.backend, 'upper:offices', { year: YEAR });
    expect(rows.find((o) => o.code === 'cdp-yen-nghia')).toMatchObject({ status: 'late', revision: 1, fingerprint: r1.fingerprint });

    // A new version of the report with three more members, and revision 2.
    const org = withDb(office.backend, (db) => db.prepare("SELECT id FROM organizations WHERE level = 'grassroots' AND dissolved_on IS NULL ORDER BY id LIMIT 1").pluck().get() as number);
    for (const name of ['Nguyễn Thị Hoa', 'Trần Văn Nam', 'Lê Thị Mai']) {
      await call(office.backend, 'members:admit', { draft: { organizationId: org, fullName: name, sex: 'female' }, date: '2025-02-10', decisionNo: '' });
    }
    await call(office.backend, 'reports:finalize', { year: YEAR });
    const r2 = await buildPackage(office, 'r2.zip');
    const second = await importFiles(upper.backend, [{ name: 'r2.zip', bytes: r2.bytes }]);
    const change = second.replaced[0]!.changes.find((c) => c.code === 'members.total')!;
    expect(change.after! - change.before!).toBe(3);
    expect(second.replaced[0]!.changes.find((c) => c.code === 'members.female')!.after! - second.replaced[0]!.changes.find((c) => c.code === 'members.female')!.before!).toBe(3);

    rows = await call(upper.backend, 'upper:offices', { year: YEAR });
    const row = rows.find((o) => o.code === 'cdp-yen-nghia')!;
    expect(row.revision).toBe(2);
    expect((await callError(upper.backend, 'upper:decide', { packageRowId: row.packageRowId!, decision: 'returned', reason: ' ' })).code).toBe('UPPER_RETURN_REASON');
    const returned = await call(upper.backend, 'upper:decide', { packageRowId: row.packageRowId!, decision: 'returned', reason: 'Thiếu số liệu chăm lo', target: path.join(upper.dir, 'returned.json') });
    expect((await call(upper.backend, 'upper:offices', { year: YEAR })).find((o) => o.code === 'cdp-yen-nghia')).toMatchObject({ status: 'returned', reason: 'Thiếu số liệu chăm lo' });
    // The roll-up falls back to revision 1, the latest that was not returned.
    expect((await call(upper.backend, 'upper:rollup', { year: YEAR })).offices).toEqual([{ code: 'cdp-yen-nghia', name: 'Công đoàn phường Yên Nghĩa', revision: 1 }]);

    const back = await call(office.backend, 'upward:importReceipt', { base64: fs.readFileSync(returned.file).toString('base64') });
    expect(back).toMatchObject({ revision: 2, status: 'returned', statusReason: 'Thiếu số liệu chăm lo' });
    const upperKey = (await call(upper.backend, 'upward:state', {})).key.fingerprint;
    expect((await call(office.backend, 'upward:state', {})).upperKey?.fingerprint).toBe(upperKey);

    const accepted = await call(upper.backend, 'upper:decide', { packageRowId: row.packageRowId!, decision: 'received', reason: '', target: path.join(upper.dir, 'ok.json') });
    expect((await call(office.backend, 'upward:importReceipt', { base64: fs.readFileSync(accepted.file).toString('base64') })).status).toBe('received');
    // A forged receipt (the status changed after signing) is refused.
    const forged = JSON.parse(fs.readFileSync(accepted.file, 'utf8')) as { body: string; signature: string };
    forged.body = forged.body.replace('"received"', '"returned"');
    expect((await callError(office.backend, 'upward:importReceipt', { base64: Buffer.from(JSON.stringify(forged)).toString('base64') })).code).toBe('RECEIPT_INVALID');

    const xlsx = path.join(upper.dir, 'tong-hop.xlsx');
    const exported = await cli(['upper', 'export', '--year', String(YEAR), '--out', xlsx, '--data-dir', upper.dir]);
    expect(exported.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const grid = book.getWorksheet('Tổng hợp theo đơn vị')!;
    expect(grid.getRow(2).values).toEqual(expect.arrayContaining(['Mã', 'Chỉ tiêu', 'Công đoàn phường Yên Nghĩa', 'Tổng cộng']));
    const members = (await call(upper.backend, 'upper:rollup', { year: YEAR })).rows.find((r) => r.code === 'members.total')!;
    const line = grid.getColumn(1).values.indexOf('members.total');
    expect(grid.getRow(line).getCell(5).value).toBe(members.total);
    expect(grid.getRow(line).getCell(5).numFmt).toBe('#,##0');
    expect(String(grid.getRow(1).getCell(1).value)).toMatch(/^Liên đoàn Lao động quận Hà Đông — Tổng hợp số liệu năm 2025/);
    expect(book.getWorksheet('Báo cáo của đơn vị')!.getRow(line).getCell(4).value).toBe(members.total);
  });
});
