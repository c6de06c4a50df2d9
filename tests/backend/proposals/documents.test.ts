import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, call, callError, useTempDirs } from '../../fixtures/backend';
import { newProposal, proposalOffice } from './helpers';

const temp = useTempDirs();

async function filled() {
  const backend = temp.open({ dataDir: temp.dir() });
  const office = await proposalOffice(backend);
  const proposal = await newProposal(backend, { number: '25/TTr-LĐLĐ', submittedOn: '2025-02-05', signerName: 'Nguyễn Thị Hằng' });
  const withRows = await call(backend, 'proposalItems:add', {
    proposalId: proposal.id,
    items: [
      { recipientKind: 'individual', memberId: office.duc, recipientName: 'Nguyễn Văn Đức', achievement: 'Hai năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở', note: 'Đảng viên' },
      { recipientKind: 'collective', organizationId: office.may.id, recipientName: office.may.name, achievement: 'Công đoàn cơ sở vững mạnh tiêu biểu' },
      { recipientKind: 'individual', recipientName: 'Phạm Thị Ngọc Ánh', recipientUnit: 'Kế toán, Công ty Cổ phần Ứng Hòa', achievement: 'Sáng kiến tiết kiệm' },
    ],
  });
  await call(backend, 'proposalItems:reject', { ids: [withRows.items[2]!.id], reason: 'Không thuộc đối tượng' });
  return { backend, office, proposal };
}

describe('proposal documents', () => {
  it('exports the list in the upper level\'s columns, collectives first, rejected rows left out', async () => {
    const { backend, proposal, office } = await filled();
    const target = path.join(temp.dir(), 'ds.xlsx');
    expect(await call(backend, 'proposals:exportList', { id: proposal.id, target })).toEqual({ file: target, rows: 2 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const sheet = workbook.worksheets[0]!;
    const texts = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(texts(2)[0]).toBe('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(String(texts(3)[0])).toContain('Tờ trình số 25/TTr-LĐLĐ ngày 05 tháng 02 năm 2025');
    expect(texts(5)).toEqual(['TT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Thành tích', 'Hình thức đề nghị', 'Ghi chú']);
    expect(texts(6).slice(0, 2)).toEqual(['I', 'TẬP THỂ']);
    expect(texts(7)).toEqual(['1', office.may.name, '', 'Công đoàn cơ sở vững mạnh tiêu biểu', 'Bằng khen của Liên đoàn Lao động thành phố', '']);
    expect(texts(8).slice(0, 2)).toEqual(['II', 'CÁ NHÂN']);
    expect(texts(9)).toEqual(['1', 'Nguyễn Văn Đức', 'Tổ trưởng tổ may, Công đoàn cơ sở Công ty May Đức Giang', 'Hai năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở', 'Bằng khen của Liên đoàn Lao động thành phố', 'Đảng viên']);
    expect(sheet.rowCount).toBe(9);
  });

  it('writes the cover letter (NĐ 30) as a real Word document with the list attached', async () => {
    const { backend, proposal, office } = await filled();
    const target = path.join(temp.dir(), 'to-trinh.docx');
    expect(await call(backend, 'proposals:exportLetter', { id: proposal.id, target })).toEqual({ file: target });
    const xml = new PizZip(fs.readFileSync(target)).file('word/document.xml')!.asText();
    const text = xml.replace(/<w:tab\/>/g, '\t').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines).toContain('Số: 25/TTr-LĐLĐ');
    expect(lines).toContain('Hà Nội, ngày 05 tháng 02 năm 2025');
    expect(lines).toContain('TỜ TRÌNH');
    expect(lines).toContain('Về việc đề nghị tặng Bằng khen của Liên đoàn Lao động thành phố năm 2025');
    expect(lines).toContain('Kính gửi: Ban Thường vụ Liên đoàn Lao động thành phố Hà Nội');
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(lines).toContain('TM. BAN THƯỜNG VỤ');
    expect(lines).toContain('Nguyễn Thị Hằng');
    expect(lines).toContain('- Như trên;');
    expect(text).toContain('cho 1 tập thể và 1 cá nhân (có danh sách kèm theo)');
    // The rows, in Vietnamese, intact (NFC, no mojibake); the rejected one is not there.
    expect(lines).toContain(office.may.name);
    expect(lines).toContain('Nguyễn Văn Đức');
    expect(lines).toContain('Hai năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở');
    expect(text).not.toContain('Phạm Thị Ngọc Ánh');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toMatch(/[{}]/);
  });
});

describe('cover letter template', () => {
  it('takes the office\'s own edited copy, refuses a file that is not a template, and restores the default', async () => {
    const { backend, proposal } = await filled();
    expect(await call(backend, 'proposals:templateStatus', {})).toEqual({ custom: false });
    // The office's copy: the default with its title edited in Word.
    const own = new PizZip(fs.readFileSync(path.join(PROJECT_ROOT, 'resources', 'templates', 'proposal-letter.docx')));
    own.file('word/document.xml', own.file('word/document.xml')!.asText().replace('>TỜ TRÌNH<', '>TỜ TRÌNH (MẪU RIÊNG)<'));
    const base64 = own.generate({ type: 'nodebuffer' }).toString('base64');
    expect(await call(backend, 'proposals:templateReplace', { fileName: 'mau-rieng.docx', base64 })).toEqual({ custom: true });
    const target = path.join(temp.dir(), 'rieng.docx');
    await call(backend, 'proposals:exportLetter', { id: proposal.id, target });
    expect(new PizZip(fs.readFileSync(target)).file('word/document.xml')!.asText()).toContain('TỜ TRÌNH (MẪU RIÊNG)');

    const broken = await callError(backend, 'proposals:templateReplace', { fileName: 'hong.docx', base64: Buffer.from('không phải zip').toString('base64') });
    expect(broken.code).toBe('PROPOSAL_TEMPLATE_INVALID');
    expect(broken.message).toContain('hong.docx');

    expect(await call(backend, 'proposals:templateRestore', {})).toEqual({ custom: false });
    await call(backend, 'proposals:exportLetter', { id: proposal.id, target });
    const restored = new PizZip(fs.readFileSync(target)).file('word/document.xml')!.asText();
    expect(restored).toContain('Số: 25/TTr-LĐLĐ');
    expect(restored).not.toContain('MẪU RIÊNG');
  });
});
