import fs from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';
import { attr, cellText, cellWidth, convertWithLibreOffice, officeTools, sections, sectionTextWidth, tables, textTwips } from '../reports/wordLayout';
import { newProposal, proposalOffice } from './helpers';

const temp = useTempDirs();
const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);

async function exportedLetter() {
  const dir = temp.dir();
  const backend = temp.open({ dataDir: dir });
  const office = await proposalOffice(backend);
  const proposal = await newProposal(backend, { number: '25/TTr-LĐLĐ', submittedOn: '2025-02-05', signerName: 'Nguyễn Thị Hằng' });
  await call(backend, 'proposalItems:add', {
    proposalId: proposal.id,
    items: [
      { recipientKind: 'individual', memberId: office.duc, recipientName: 'Nguyễn Văn Đức', achievement: 'Hai năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở' },
      { recipientKind: 'collective', organizationId: office.may.id, recipientName: office.may.name, achievement: 'Công đoàn cơ sở vững mạnh tiêu biểu' },
    ],
  });
  const target = path.join(dir, 'to-trinh.docx');
  await call(backend, 'proposals:exportLetter', { id: proposal.id, target });
  return { dir, file: target, office, xml: new PizZip(fs.readFileSync(target)).file('word/document.xml')!.asText() };
}

describe('the cover letter in Word: layout', () => {
  it('is A4 portrait with NĐ 30 margins, page numbers from page 2, tables as wide as the text', async () => {
    const { xml } = await exportedLetter();
    const [section, ...more] = sections(xml);
    expect(more).toEqual([]);
    expect(section).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(section).toContain('<w:titlePg/>');
    const margins = /<w:pgMar\b[^>]*\/>/.exec(section!)![0];
    for (const [side, min, max] of [['w:top', 20, 25], ['w:bottom', 20, 25], ['w:left', 30, 35], ['w:right', 15, 20]] as const) {
      expect(attr(margins, side) / 56.7, side).toBeGreaterThanOrEqual(min - 0.1);
      expect(attr(margins, side) / 56.7, side).toBeLessThanOrEqual(max + 0.1);
    }
    const width = sectionTextWidth(section!);
    const [header, signature, list] = tables(xml);
    for (const table of [header!, signature!, list!]) {
      expect(sum(table.grid)).toBe(width);
      for (const row of table.rows) expect(row.map(cellWidth)).toEqual(table.grid);
    }
    // The motto on one line in the right column (its cell margins are 60 twips a side).
    const mottoSize = Number(/<w:sz w:val="(\d+)"\/>(?:<w:szCs[^>]*\/>)?<\/w:rPr><w:t xml:space="preserve">CỘNG HÒA/.exec(header!.xml)![1]);
    expect(mottoSize).toBeGreaterThanOrEqual(24);
    expect(textTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', mottoSize, true) + 120).toBeLessThan(header!.grid[1]!);
    // The list: header row repeated, rows kept whole, "I / TẬP THỂ" bold, the people not.
    expect(list!.xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(list!.xml.match(/<w:cantSplit\/>/g)).toHaveLength(list!.rows.length);
    const row = (name: string) => list!.rows.find((r) => cellText(r[1]!) === name)!;
    expect(row('TẬP THỂ')[1]).toContain('<w:b/>');
    expect(row('Nguyễn Văn Đức')[1]).not.toContain('<w:b/>');
    expect(list!.rows.map((r) => cellText(r[0]!))).toEqual(['TT', 'I', '1', 'II', '1']);
  });

  it.skipIf(!officeTools)('opens in LibreOffice: the letter on page 1 without a number, the list on page 2 numbered (skipped where soffice/poppler are not installed, e.g. CI)', async () => {
    const { dir, file, office } = await exportedLetter();
    const { pages, sizes } = convertWithLibreOffice(file, dir);
    expect(sizes).toEqual([{ width: 595, height: 842 }, { width: 595, height: 842 }]);
    const lines = (page: string) => page.split('\n').map((l) => l.trim()).filter(Boolean);
    const first = lines(pages[0]!);
    expect(first[0]).not.toMatch(/^\d+$/);
    expect(first.some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    expect(first).toContain('TỜ TRÌNH');
    const second = lines(pages[1]!);
    expect(second[0]).toBe('2');
    expect(second[1]).toBe('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(pages[1]).toMatch(/TT\s+Họ và tên \/ Tên\s+Chức vụ, đơn vị\s+Thành tích\s+Hình thức đề\s+Ghi/);
    expect(pages[1]).toContain('Nguyễn Văn Đức');
    expect(pages[1]).toContain(office.may.name.split(' ').slice(0, 3).join(' '));
  }, 240_000);
});
