import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';
import { provinceTemplate } from '../../fixtures/mau1Workbooks';
import { admit, F, M, setUpOffice, union } from '../statistics/office';

const temp = useTempDirs();
const PERIOD = '2025-11-30';

async function officeWithReturns() {
  const backend = temp.open({ dataDir: temp.dir() });
  await setUpOffice(backend);
  const an = await union(backend, { code: 'CS01', name: 'Công đoàn cơ sở Công ty May An Phát', workersTotal: 500, workersFemale: 300, sector: 'private_enterprise' });
  const binh = await union(backend, { code: 'CS02', name: 'Công đoàn cơ sở Trường Tiểu học Bình Minh', workersTotal: 40, workersFemale: 30, sector: 'public_service' });
  const cuong = await union(backend, { code: 'CS03', name: 'Công đoàn cơ sở Công ty Cơ khí Cường Thịnh', workersTotal: 120, workersFemale: 10, sector: 'private_enterprise' });
  await admit(backend, an, 'Nguyễn Thị Lan', F, '2025-06-01');
  await admit(backend, an, 'Trần Văn Hùng', M, '2025-07-01');
  await admit(backend, binh, 'Lê Thị Mai', F, '2025-08-01');
  const file = await provinceTemplate('May An Phát', [
    ['PHẦN I.', 'Tình hình lao động', null],
    ['1', 'Tổng số lao động', '600'],
    ['3.1', 'Số người được tính tiền lương bình quân', 100],
    ['3.2', 'Tiền lương bình quân tháng của 1 người lao động', '8.000.000 đồng'],
    ['4', 'Số người được bố trí nhà ở', 0],
    ['PHẦN V.', 'Tham gia xây dựng Đảng', null],
    ['1', 'Số đoàn viên ưu tú giới thiệu cho Đảng xem xét kết nạp', 4],
    ['2', 'Số đoàn viên ưu tú được kết nạp Đảng', 1],
    ['PHẦN IX.', 'Tài chính công đoàn', null],
    ['2', 'Số tiền đoàn phí công đoàn đã thu', '1.500.000'],
  ]);
  await call(backend, 'forms:import', { period: PERIOD, files: [{ name: 'an-phat.xlsx', base64: file }] });
  // Bình Minh's form came back on paper and is typed in; "nhà ở" left blank, "tranh chấp" written 0.
  await call(backend, 'forms:saveTyped', {
    period: PERIOD,
    organizationId: binh,
    values: { 'labour.wageCount': 30, 'labour.avgWage': 6_000_000, 'labour.housed': null, 'labour.disputes': 0, 'party.introduced': 1, 'party.admitted': 1 },
  });
  return { backend, an, binh, cuong };
}

describe('Mẫu 2 rolled up from the returned Mẫu 1', () => {
  it('sums each figure with its source, recomputes ratios from summed parts, weights the average wage by its count, and tells blank from zero', async () => {
    const { backend } = await officeWithReturns();
    const rolled = new Map((await call(backend, 'forms:rollup', { period: PERIOD })).map((f) => [f.code, f]));
    const pick = (code: string) => {
      const f = rolled.get(code);
      return [f?.value, f?.source, f?.formsReturned, f?.formsExpected];
    };
    // Workers: An Phát's form says 600; Bình Minh did not write it (its record 40), Cường Thịnh has no form (120).
    expect(pick('workers.total')).toEqual([760, 'mixed', 1, 3]);
    expect(pick('workers.female')).toEqual([340, 'office', 0, 3]);
    expect(pick('members.total')).toEqual([3, 'office', 0, 3]);
    expect(pick('members.female')).toEqual([2, 'office', 0, 3]);
    expect(pick('members.admitted')).toEqual([3, 'office', 0, 3]);
    // 3 / 760 = 0,39 %.
    expect(rolled.get('members.coverage')?.value).toBe(0.4);
    // (8.000.000 × 100 + 6.000.000 × 30) / 130 = 7.538.461,5 — not the plain mean 7.000.000.
    expect(pick('labour.wageCount')).toEqual([130, 'forms', 2, 3]);
    expect(pick('labour.avgWage')).toEqual([7_538_462, 'forms', 2, 3]);
    // Mẫu 2 also by sector, from the office's dated list of khối: each weighted within its sector.
    expect(pick('labour.avgWage.sector.private_enterprise')).toEqual([8_000_000, 'forms', 1, 2]);
    expect(pick('labour.avgWage.sector.public_service')).toEqual([6_000_000, 'forms', 1, 1]);
    expect(pick('labour.avgWage.sector.fdi_enterprise')).toEqual([null, 'none', 0, 0]);
    expect(rolled.get('labour.avgWage.sector.private_enterprise')?.label).toBe('- Doanh nghiệp ngoài nhà nước');
    // A written 0 counts as reported; a blank does not.
    expect(pick('labour.housed')).toEqual([0, 'forms', 1, 3]);
    expect(pick('labour.disputes')).toEqual([0, 'forms', 1, 3]);
    expect(pick('labour.renting')).toEqual([null, 'none', 0, 3]);
    // (1 + 1) / (4 + 1) = 40 %, not the mean of 25 % and 100 %.
    expect(pick('party.introduced')).toEqual([5, 'forms', 2, 3]);
    expect(rolled.get('party.admittedPercent')?.value).toBe(40);
    expect(pick('finance.dues')).toEqual([1_500_000, 'forms', 1, 3]);
  });

  it('tracks who returned, who is missing and who is late', async () => {
    const { backend } = await officeWithReturns();
    const rows = await call(backend, 'forms:status', { period: PERIOD });
    expect(rows.map((r) => [r.unionCode, r.status, r.file])).toEqual([
      ['CS03', 'missing', null],
      ['CS01', 'returned', 'an-phat.xlsx'],
      ['CS02', 'returned', null],
    ]);
    // The fixed clock is 15/03/2025: a deadline of 01/03 makes every form late, one of 20/03 none.
    expect((await call(backend, 'forms:status', { period: PERIOD, deadline: '2025-03-01' })).map((r) => r.late)).toEqual([true, true, true]);
    expect((await call(backend, 'forms:status', { period: PERIOD, deadline: '2025-03-20' })).map((r) => r.late)).toEqual([false, false, false]);
  });

  it('exports Mẫu 2 in the official layout and the returned figures as CĐCS × figure', async () => {
    const { backend } = await officeWithReturns();
    const dir = temp.dir();
    const { file } = await call(backend, 'forms:exportRollup', { period: PERIOD, target: path.join(dir, 'mau2.xlsx') });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(7).values).toEqual([undefined, 'TT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Ghi chú']);
    const rows = new Map<string, unknown[]>();
    sheet?.eachRow((row) => rows.set(String(row.getCell(2).value), [row.getCell(4).value, row.getCell(5).value]));
    expect(rows.get('TÌNH HÌNH LAO ĐỘNG')).toBeDefined();
    expect(rows.get('Tiền lương bình quân tháng của 1 người lao động')).toEqual([7_538_462, '2/3 CĐCS báo cáo']);
    expect(rows.get('Tổng số lao động')).toEqual([760, '1/3 CĐCS báo cáo, còn lại theo số liệu quản lý']);
    expect(rows.get('- Doanh nghiệp ngoài nhà nước')).toEqual([8_000_000, '1/2 CĐCS báo cáo']);
    expect(rows.get('Số người phải tự thuê nhà ở')).toEqual([null, 'Chưa có số liệu']);

    const all = await call(backend, 'forms:exportReturns', { period: PERIOD, target: path.join(dir, 'mau1.xlsx') });
    expect(all.rows).toBe(2);
    const returns = new ExcelJS.Workbook();
    await returns.xlsx.readFile(all.file);
    const grid = returns.worksheets[0];
    const header = (grid?.getRow(1).values as unknown[]).map(String);
    const wage = header.indexOf('Tiền lương bình quân tháng của 1 người lao động (đồng)');
    expect(wage).toBeGreaterThan(0);
    expect([grid?.getRow(2).getCell(1).value, grid?.getRow(2).getCell(wage).value]).toEqual(['CS01', 8_000_000]);
  });
});
