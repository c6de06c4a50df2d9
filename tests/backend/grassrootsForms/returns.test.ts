import fs from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { call, callError, useTempDirs } from '../../fixtures/backend';
import { fillOurForm, provinceTemplate } from '../../fixtures/mau1Workbooks';
import { admit, F, M, setUpOffice, union, withDb } from '../statistics/office';

const temp = useTempDirs();
const PERIOD = '2025-11-30';

async function office(): Promise<{ backend: Backend; ids: { an: number; binh: number; cuong: number } }> {
  const backend = temp.open({ dataDir: temp.dir() });
  await setUpOffice(backend);
  const ids = {
    an: await union(backend, { code: 'CS01', name: 'Công đoàn cơ sở Công ty May An Phát', workersTotal: 500, workersFemale: 300 }),
    binh: await union(backend, { code: 'CS02', name: 'Công đoàn cơ sở Trường Tiểu học Bình Minh', workersTotal: 40, workersFemale: 30 }),
    cuong: await union(backend, { code: 'CS03', name: 'Công đoàn cơ sở Công ty Cơ khí Cường Thịnh', workersTotal: 120, workersFemale: 10 }),
  };
  return { backend, ids };
}

async function madeForms(backend: Backend, dir: string): Promise<Map<string, string>> {
  const made = await call(backend, 'forms:make', { period: PERIOD, target: dir });
  return new Map(made.files.map((name) => [name.split('-')[1] ?? name, fs.readFileSync(path.join(dir, name)).toString('base64')]));
}

describe('Mẫu 1 made for every CĐCS', () => {
  it('names the upper level and the CĐCS, pre-fills what the office knows, hides its identity, and zips on request', async () => {
    const { backend, ids } = await office();
    await admit(backend, ids.an, 'Nguyễn Thị Lan', F, '2025-06-01');
    await admit(backend, ids.an, 'Trần Văn Hùng', M, '2025-07-01');
    const dir = temp.dir();
    const made = await call(backend, 'forms:make', { period: PERIOD, target: dir });
    expect(made.files).toHaveLength(3);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, made.files.find((f) => f.includes('CS01')) ?? ''));
    const sheet = workbook.worksheets[0];
    expect(String(sheet?.getCell('A1').value)).toBe('Công đoàn cấp trên: Công đoàn phường Chương Mỹ');
    expect(String(sheet?.getCell('A2').value)).toBe('Đơn vị báo cáo: Công đoàn cơ sở Công ty May An Phát');
    const byLabel = new Map<string, { value: unknown; locked: boolean | undefined; validation: unknown }>();
    sheet?.eachRow((row) => byLabel.set(String(row.getCell(2).value), { value: row.getCell(5).value, locked: row.getCell(5).protection?.locked, validation: row.getCell(5).dataValidation }));
    expect(byLabel.get('Tổng số đoàn viên công đoàn')?.value).toBe(2);
    expect(byLabel.get('- Trong đó: nữ')?.value).toBeDefined();
    expect(byLabel.get('Số đoàn viên kết nạp mới')?.value).toBe(2);
    expect(byLabel.get('Tổng số lao động')?.value).toBe(500);
    expect(byLabel.get('Số lao động thiếu việc làm')).toMatchObject({ value: null, locked: false, validation: { type: 'whole', operator: 'greaterThanOrEqual' } });
    expect(sheet?.getRow(7).values).toContain('Kỳ trước');
    const identity = workbook.getWorksheet('UnionDesk');
    expect(identity?.state).toBe('hidden');
    expect(identity?.getCell('B2').value).toBe('CS01');
    expect(identity?.getCell('B4').value).toBe(PERIOD);

    const zipFile = path.join(temp.dir(), 'mau1.zip');
    const zipped = await call(backend, 'forms:make', { period: PERIOD, unions: ['CS02'], target: zipFile });
    expect(zipped.zip).toBe(zipFile);
    expect(Object.keys(new PizZip(fs.readFileSync(zipFile)).files)).toEqual(zipped.files);
    expect((await callError(backend, 'forms:make', { period: '2025-12-31', target: dir })).code).toBe('FORMS_BAD_PERIOD');
  });
});

describe('Mẫu 1 taken back', () => {
  it('reads our form by its hidden sheet and a province’s template by "Đơn vị báo cáo", rows by label; refuses an unreadable file whole', async () => {
    const { backend, ids } = await office();
    const forms = await madeForms(backend, temp.dir());
    const ours = await fillOurForm(forms.get('CS01') ?? '', { 'Tổng số lao động': '1.234', 'Trong đó: nữ': 600, 'Số lao động thiếu việc làm': 0, 'Số vụ': null });
    const province = await provinceTemplate('CĐCS Trường Tiểu học Bình Minh', [
      ['PHẦN II.', 'TỔ CHỨC CÔNG ĐOÀN VÀ ĐOÀN VIÊN', null],
      ['2.1', 'Số đoàn viên mới kết nạp', 4],
      ['PHẦN I.', 'TÌNH HÌNH LAO ĐỘNG, VIỆC LÀM', null],
      ['1.4', 'Số người phải tự thuê nhà ở', '1,234'],
      ['1.1', 'Tổng số CNVCLĐ', '45 người'],
      ['', 'Trong đó nữ (người)', '31'],
      ['1.2', 'Lao động thiếu việc làm', ''],
      ['1.3', 'Số lao động được ký hợp đồng lao động', 44],
    ]);
    const result = await call(backend, 'forms:import', {
      period: PERIOD,
      files: [
        { name: 'an-phat.xlsx', base64: ours },
        { name: 'binh-minh.xlsx', base64: province },
        { name: 'anh-chup.xlsx', base64: Buffer.from('không phải Excel').toString('base64') },
      ],
    });
    expect(result).toMatchObject({ imported: 2, updated: 0, skipped: 1 });
    expect(result.errors).toEqual([expect.objectContaining({ file: 'anh-chup.xlsx', row: 0, message: expect.stringContaining('Không đọc được tệp') })]);
    const an = await call(backend, 'forms:unionFigures', { period: PERIOD, organizationId: ids.an });
    expect(an.current).toMatchObject({ 'workers.total': 1234, 'workers.female': 600, 'labour.underemployed': 0 });
    expect(an.current).not.toHaveProperty('labour.disputes');
    const binh = await call(backend, 'forms:unionFigures', { period: PERIOD, organizationId: ids.binh });
    expect(binh.current).toEqual({ 'members.admitted': 4, 'labour.renting': 1234, 'workers.total': 45, 'workers.female': 31, 'labour.contracts': 44 });
  });

  it('lists a wrong number by file, the sheet’s row and the column label and keeps that file out; an unknown CĐCS waits for the user’s pick', async () => {
    const { backend, ids } = await office();
    const wrong = await provinceTemplate('Công đoàn cơ sở Công ty May An Phát', [
      ['PHẦN I.', 'Tình hình lao động', null],
      ['1', 'Tổng số lao động', 'khoảng 500'],
    ]);
    const stranger = await provinceTemplate('Công đoàn Công ty Không Quen', [
      ['PHẦN I.', 'Tình hình lao động', null],
      ['1', 'Tổng số lao động', 80],
    ]);
    const files = [{ name: 'sai.xlsx', base64: wrong }, { name: 'la.xlsx', base64: stranger }];
    const first = await call(backend, 'forms:import', { period: PERIOD, files });
    expect(first).toMatchObject({ imported: 0, skipped: 2, unmatched: [{ file: 'la.xlsx', reportingUnit: 'Công đoàn Công ty Không Quen' }] });
    expect(first.errors[0]).toEqual({ file: 'sai.xlsx', row: 9, column: 'Số lượng', message: 'Dòng "Tổng số lao động": "khoảng 500" không phải là số.' });
    const picked = await call(backend, 'forms:import', { period: PERIOD, files: files.slice(1), assignments: [{ file: 'la.xlsx', organizationId: ids.cuong }] });
    expect(picked).toMatchObject({ imported: 1, skipped: 0 });
    expect((await call(backend, 'forms:unionFigures', { period: PERIOD, organizationId: ids.cuong })).current).toEqual({ 'workers.total': 80 });
  });

  it('replaces the first file of a CĐCS and period with the second, keeping both in the history, one transaction per drop', async () => {
    const { backend, ids } = await office();
    const one = await provinceTemplate('May An Phát', [['PHẦN I.', 'Tình hình lao động', null], ['1', 'Tổng số lao động', 100]]);
    const two = await provinceTemplate('Công ty May An Phát', [['PHẦN I.', 'Tình hình lao động', null], ['1', 'Tổng số lao động', 110]]);
    await call(backend, 'forms:import', { period: PERIOD, files: [{ name: 'lan1.xlsx', base64: one }] });
    const again = await call(backend, 'forms:import', { period: PERIOD, files: [{ name: 'lan2.xlsx', base64: two }] });
    expect(again).toMatchObject({ imported: 0, updated: 1 });
    const an = await call(backend, 'forms:unionFigures', { period: PERIOD, organizationId: ids.an });
    expect(an.current).toEqual({ 'workers.total': 110 });
    expect(an.history.map((h) => [h.fileName, h.replacedAt === null])).toEqual([['lan2.xlsx', true], ['lan1.xlsx', false]]);
    const audits = withDb(backend, (db) => db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'form_returns'").pluck().get());
    expect(audits).toBe(2);
  });

  it('matches our form by its hidden sheet even when "Đơn vị báo cáo" was rewritten, and refuses one of another period', async () => {
    const { backend, ids } = await office();
    const forms = await madeForms(backend, temp.dir());
    const renamed = await renameReportingUnit(await fillOurForm(forms.get('CS02') ?? '', { 'Số người được bố trí nhà ở': 3 }), 'Đơn vị báo cáo: Trường TH BM');
    const result = await call(backend, 'forms:import', { period: PERIOD, files: [{ name: 'bm.xlsx', base64: renamed }] });
    expect(result).toMatchObject({ imported: 1, skipped: 0 });
    expect((await call(backend, 'forms:unionFigures', { period: PERIOD, organizationId: ids.binh })).current).toMatchObject({ 'labour.housed': 3 });
    const other = await call(backend, 'forms:import', { period: '2026-05-31', files: [{ name: 'bm.xlsx', base64: renamed }] });
    expect(other).toMatchObject({ imported: 0, skipped: 1 });
    expect(other.errors[0]?.message).toBe('Tệp là Mẫu 1 kỳ 30/11/2025, không phải kỳ 31/05/2026: tệp bị bỏ qua.');
  });
});

async function renameReportingUnit(base64: string, line: string): Promise<string> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const bytes = Buffer.from(base64, 'base64');
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (sheet) sheet.getCell('A2').value = line;
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}
