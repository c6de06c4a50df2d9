import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';
import { decisionTemplateBytes } from '../../../electron/backend/awards/template/buildDecisionTemplate';
import { awardsOffice, person } from './helpers';

const temp = useTempDirs();

async function decided() {
  const backend = temp.open({ dataDir: temp.dir() });
  const o = await awardsOffice(backend);
  await call(backend, 'settings:update', { 'office.upperName': 'Liên đoàn Lao động thành phố Hà Nội', 'office.placeName': 'Hà Nội' });
  const detail = await call(backend, 'awardDecisions:save', {
    draft: { number: '123/QĐ-CĐP', decidedOn: '2025-12-05', formKindId: o.kind('GK'), signerName: 'Nguyễn Thị Thu Hà', signerTitle: 'CHỦ TỊCH' },
    recipients: [
      { recipientKind: 'collective', organizationId: o.a.id, recipientName: o.a.name, achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2025' },
      person('Nguyễn Thị Hằng', { memberId: o.hang, recipientUnit: 'Tổ trưởng tổ May 3', achievement: 'Sáng kiến "Đổi mới quy trình"' }),
      person('Đặng Quốc Khánh & Ưng Ánh'),
    ],
  });
  return { backend, detail };
}

describe('decision exports', () => {
  it('the shipped template is the one the builder makes', () => {
    const shipped = new PizZip(fs.readFileSync(path.join('resources', 'templates', 'decision.docx')));
    const built = new PizZip(decisionTemplateBytes());
    expect(shipped.file('word/document.xml')?.asText()).toBe(built.file('word/document.xml')?.asText());
  });

  it('.docx: number, date line, recipients and the total in words, Vietnamese intact, a real table row per recipient', async () => {
    const { backend, detail } = await decided();
    const target = path.join(temp.dir(), 'qd.docx');
    expect(await call(backend, 'export:awardDecisionDocx', { id: detail.id, target })).toEqual({ file: target });
    const xml = new PizZip(fs.readFileSync(target)).file('word/document.xml')!.asText();
    const text = xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(text).toContain('Số: 123/QĐ-CĐP');
    expect(text).toContain('Hà Nội, ngày 05 tháng 12 năm 2025');
    expect(text).toContain('CÔNG ĐOÀN PHƯỜNG CHƯƠNG MỸ');
    expect(text).toContain('LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI');
    expect(text).toContain('Nguyễn Thị Hằng');
    expect(text).toContain('Đặng Quốc Khánh & Ưng Ánh');
    expect(text).toContain('Sáng kiến "Đổi mới quy trình"');
    expect(text).toContain('1.410.000');
    expect(text).toContain('2.830.000');
    expect(text).toContain('Hai triệu tám trăm ba mươi nghìn đồng');
    expect(text).toContain('Điều 1. Tặng Giấy khen cho 1 tập thể và 2 cá nhân');
    expect(text).toContain('(Kèm theo Quyết định số 123/QĐ-CĐP ngày 05 tháng 12 năm 2025');
    expect(text).not.toMatch(/\{[#/]?[a-zA-Z.]+\}/);
    // Header row repeated, then one row per recipient and the total row.
    expect((xml.match(/<w:tr>|<w:tr /g) ?? []).length).toBeGreaterThanOrEqual(1 + 1 + 1 + 3 + 1);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('.xlsx: one row per recipient with money as numbers, the total and the words', async () => {
    const { backend, detail } = await decided();
    const target = path.join(temp.dir(), 'qd.xlsx');
    await call(backend, 'export:awardDecisionXlsx', { id: detail.id, target });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const sheet = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(String(rows[0]?.[0])).toContain('DANH SÁCH');
    const header = rows.findIndex((r) => r[0] === 'TT');
    expect(rows[header]).toEqual(['TT', 'Họ và tên / Tập thể', 'Đơn vị', 'Thành tích', 'Hệ số', 'Số tiền (đồng)']);
    expect(rows.slice(header + 1, header + 4).map((r) => [r[0], r[1], r[5]])).toEqual([
      [1, 'Công đoàn cơ sở Công ty May Đức Giang', 1_410_000],
      [2, 'Nguyễn Thị Hằng', 710_000],
      [3, 'Đặng Quốc Khánh & Ưng Ánh', 710_000],
    ]);
    expect(rows[header + 4]?.[5]).toBe(2_830_000);
    expect(String(rows[header + 5]?.[0])).toBe('Bằng chữ: Hai triệu tám trăm ba mươi nghìn đồng');
  });

  it('writes into exports/ when no target is chosen', async () => {
    const { backend, detail } = await decided();
    const { file } = await call(backend, 'export:awardDecisionDocx', { id: detail.id });
    expect(path.dirname(file)).toBe(path.join(backend.dataDir, 'exports'));
    expect(path.basename(file)).toMatch(/^quyet-dinh-123-QĐ-CĐP-.*\.docx$/);
    expect(fs.existsSync(file)).toBe(true);
  });
});
