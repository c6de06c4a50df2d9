import path from 'node:path';
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { call, useTempDirs } from '../../fixtures/backend';
import { kindId, proposalOffice } from '../proposals/helpers';

const temp = useTempDirs();
const AT = '2025-03-15T08:00:00.000Z';

/** Hand-made awards: our Giấy khen to 3 people (one in 2024), the city's Bằng khen to a CĐCS and a person. */
async function awards(backend: Backend) {
  const office = await proposalOffice(backend);
  const db = new Database(backend.dbFile);
  try {
    const decision = db.prepare(
      `INSERT INTO award_decisions (year, number, decided_on, issuer_level, issuer_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const own = Number(decision.run(2025, '12/QĐ-CĐP', '2025-12-20', 'own_office', 'Công đoàn phường Chương Mỹ', AT, AT).lastInsertRowid);
    const old = Number(decision.run(2024, '40/QĐ-CĐP', '2024-12-20', 'own_office', 'Công đoàn phường Chương Mỹ', AT, AT).lastInsertRowid);
    const city = Number(decision.run(2025, '1234/QĐ-LĐLĐ', '2025-12-10', 'province', 'Liên đoàn Lao động thành phố Hà Nội', AT, AT).lastInsertRowid);
    const award = db.prepare(
      `INSERT INTO awards (decision_id, year, form_kind_id, recipient_kind, member_id, organization_id, recipient_name, recipient_unit, achievement, amount, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const gk = kindId(backend, 'GK');
    const bk = kindId(backend, 'BK-LDLD');
    award.run(own, 2025, gk, 'individual', office.duc, office.may.id, 'Nguyễn Văn Đức', 'Công ty May Đức Giang', 'Hoàn thành xuất sắc', 710_000, AT);
    award.run(own, 2025, gk, 'individual', office.dung, office.truong.id, 'Trần Thị Dung', 'Trường Tiểu học Đông Phương Yên', 'Giáo viên dạy giỏi', 710_000, AT);
    award.run(old, 2024, gk, 'individual', office.hung, office.may.id, 'Đỗ Văn Hùng', '', '', 360_000, AT);
    award.run(city, 2025, bk, 'collective', null, office.may.id, office.may.name, '', 'Tập thể xuất sắc', 7_020_000, AT);
    award.run(city, 2025, bk, 'individual', office.duc, office.may.id, 'Nguyễn Văn Đức', 'Tổ trưởng', 'Hai năm liền CSTĐ', 3_510_000, AT);
  } finally {
    db.close();
  }
  return office;
}

describe('awardList:page', () => {
  it('lists the year by issuer level (upper first) with totals of money by issuer and form', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await awards(backend);
    const page = await call(backend, 'awardList:page', { filter: { year: 2025 } });
    expect(page.total).toBe(4);
    expect(page.amount).toBe(710_000 * 2 + 7_020_000 + 3_510_000);
    expect(page.items.map((i) => i.recipientName)).toEqual(['Công đoàn cơ sở Công ty May Đức Giang', 'Nguyễn Văn Đức', 'Nguyễn Văn Đức', 'Trần Thị Dung']);
    expect(page.totals).toEqual([
      { issuerLevel: 'province', kindName: 'Bằng khen của Liên đoàn Lao động thành phố', count: 2, amount: 10_530_000 },
      { issuerLevel: 'own_office', kindName: 'Giấy khen', count: 2, amount: 1_420_000 },
    ]);
  });

  it('filters by issuer, form, recipient kind, CĐCS and folded text, and pages through SQL', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const office = await awards(backend);
    const names = async (filter: Record<string, unknown>, offset = 0, limit = 50) =>
      (await call(backend, 'awardList:page', { filter: { year: 2025, ...filter }, offset, limit })).items.map((i) => i.recipientName);
    expect(await names({ issuerLevel: 'own_office' })).toEqual(['Nguyễn Văn Đức', 'Trần Thị Dung']);
    expect(await names({ formKindId: kindId(backend, 'BK-LDLD'), recipientKind: 'collective' })).toEqual([office.may.name]);
    expect(await names({ organizationId: office.truong.id })).toEqual(['Trần Thị Dung']);
    expect(await names({ search: 'nguyen van duc' })).toEqual(['Nguyễn Văn Đức', 'Nguyễn Văn Đức']);
    expect(await names({ search: 'dong phuong' })).toEqual(['Trần Thị Dung']);
    expect(await names({ year: 2024 })).toEqual(['Đỗ Văn Hùng']);
    expect(await names({}, 1, 2)).toEqual(['Nguyễn Văn Đức', 'Nguyễn Văn Đức']);
    const filtered = await call(backend, 'awardList:page', { filter: { year: 2025, issuerLevel: 'province' } });
    expect(filtered.totals).toHaveLength(1);
    expect(filtered.amount).toBe(10_530_000);
  });

  it('gives a member\'s and a CĐCS\'s award history, newest first', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const office = await awards(backend);
    const duc = await call(backend, 'awardHistory:get', { memberId: office.duc });
    expect(duc.map((r) => [r.decisionNumber, r.decidedOn, r.formName, r.amount])).toEqual([
      ['12/QĐ-CĐP', '2025-12-20', 'Giấy khen', 710_000],
      ['1234/QĐ-LĐLĐ', '2025-12-10', 'Bằng khen của Liên đoàn Lao động thành phố', 3_510_000],
    ]);
    const may = await call(backend, 'awardHistory:get', { organizationId: office.may.id });
    expect(may.map((r) => r.year)).toEqual([2025, 2025, 2025, 2024]);
  });

  it('exports the filtered list to .xlsx with money as numbers and dates as dates, and the totals', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await awards(backend);
    const target = path.join(temp.dir(), 'khen-thuong.xlsx');
    const result = await call(backend, 'awardList:export', { filter: { year: 2025 }, target });
    expect(result).toEqual({ file: target, rows: 4 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Họ và tên / Tên tập thể');
    const first = sheet.getRow(2);
    expect(first.getCell(2).value).toBe('Công đoàn cơ sở Công ty May Đức Giang');
    expect(first.getCell(9).value).toBe('1234/QĐ-LĐLĐ');
    expect(first.getCell(10).value).toEqual(new Date(Date.UTC(2025, 11, 10)));
    expect(first.getCell(10).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(11).value).toBe(7_020_000);
    expect(first.getCell(11).numFmt).toContain('đ');
    const totals = workbook.worksheets[1]!;
    expect(totals.getRow(totals.rowCount).values).toEqual([undefined, 'Tổng cộng', undefined, 4, 11_950_000]);
  });
});
