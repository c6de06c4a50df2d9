import { describe, expect, it } from 'vitest';
import { achievementYear, decisionText, isUpperRecord } from '../../../shared/awards/decisionText';
import type { DecisionDetail } from '../../../shared/awards/model';

const base: DecisionDetail = {
  id: 1, year: 2025, number: '123/QĐ-LĐLĐ', decidedOn: '2025-12-05', issuerLevel: 'own_office', issuerName: '', scope: 'all_round', formName: 'Giấy khen',
  titleName: null, subject: '', recipients: 2, total: 564_000_000, signerName: 'Nguyễn Văn A', signerTitle: '', signerBlock: '', campaignId: null, campaignName: null,
  formKindId: 1, titleKindId: null, printedCertificates: 0, outdatedMoney: 0, bases: ['Căn cứ Luật Công đoàn năm 2024;', 'Xét đề nghị của Văn phòng và các ban,'],
  awards: [
    { id: 1, position: 1, recipientKind: 'collective', memberId: null, organizationId: 2, recipientName: 'CĐCS Trường A', recipientUnit: '', achievement: 'Vững mạnh', formKindId: 1, titleKindId: null, formName: 'Giấy khen', titleName: null, coefficient: 0.6, baseSalary: 2_340_000, amount: 563_290_000, warningOverride: '' },
    { id: 2, position: 2, recipientKind: 'individual', memberId: null, organizationId: null, recipientName: 'Trần B', recipientUnit: 'Tổ 1', achievement: '', formKindId: 1, titleKindId: null, formName: 'Giấy khen', titleName: null, coefficient: 0.3, baseSalary: 2_340_000, amount: 710_000, warningOverride: '' },
  ],
};
const office = { upperName: 'Liên đoàn Lao động thành phố Hà Nội', officeName: 'Liên đoàn Lao động quận Hoàn Kiếm', placeName: 'Hà Nội' };

describe('the decision’s text', () => {
  it('follows Nghị định 30: number, date line, subject, Điều 1–3, signature defaults, the list with its total in words', () => {
    const text = decisionText(base, office);
    expect(text.numberLine).toBe('Số: 123/QĐ-LĐLĐ');
    expect(text.dateLine).toBe('Hà Nội, ngày 05 tháng 12 năm 2025');
    expect(text.upperName).toBe('LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI');
    expect(text.officeName).toBe('LIÊN ĐOÀN LAO ĐỘNG QUẬN HOÀN KIẾM');
    expect(text.subject).toBe('Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm 2025');
    expect(text.issuerLine).toBe('BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG QUẬN HOÀN KIẾM');
    expect(text.articles[0]).toBe('Điều 1. Tặng Giấy khen cho 1 tập thể và 1 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc năm 2025.');
    expect(text.articles[1]).toContain('564.000.000 đồng (Bằng chữ: Năm trăm sáu mươi tư triệu đồng)');
    expect([text.signerBlock, text.signerTitle]).toEqual(['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH']);
    expect(text.listTitle).toBe('DANH SÁCH 1 TẬP THỂ VÀ 1 CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN');
    expect(text.listSubtitle).toBe('(Kèm theo Quyết định số 123/QĐ-LĐLĐ ngày 05 tháng 12 năm 2025 của Liên đoàn Lao động quận Hoàn Kiếm)');
    expect(text.rows.map((r) => r.amount)).toEqual(['563.290.000', '710.000']);
    expect(text.totalInWords).toBe('Năm trăm sáu mươi tư triệu đồng');
  });

  it('Điều 2 pays the money, Điều 3 says "Quyết định có hiệu lực kể từ ngày ký", Nơi nhận points at the last article; căn cứ from the data', () => {
    const text = decisionText(base, office);
    expect(text.articles.map((a) => a.slice(0, 7))).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.', 'Điều 4.']);
    expect(text.articles[2]).toBe('Điều 3. Quyết định có hiệu lực kể từ ngày ký.');
    expect(text.recipientsTo[0]).toBe('- Như Điều 4;');
    expect(text.bases).toEqual(['Căn cứ Luật Công đoàn năm 2024;', 'Xét đề nghị của Văn phòng và các ban,']);
    const unpaid = decisionText({ ...base, awards: base.awards.map((a) => ({ ...a, amount: 0 })) }, office);
    expect(unpaid.articles).toEqual([
      expect.stringMatching(/^Điều 1\. Tặng Giấy khen/),
      'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
      'Điều 3. Văn phòng, các ban và các tập thể, cá nhân có tên tại Điều 1 căn cứ Quyết định thi hành./.',
    ]);
  });

  it('never contradicts itself: the year of Điều 1 is the year the subject names (03/QĐ-CĐP: "năm 2024" above, not "năm 2025" below)', () => {
    const text = decisionText({ ...base, number: '03/QĐ-CĐP', decidedOn: '2025-01-10', year: 2025, subject: 'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm 2024' }, office);
    expect(text.subject).toContain('năm 2024');
    expect(text.articles[0]).toContain('đã có thành tích xuất sắc năm 2024.');
    expect(text.articles.join(' ')).not.toContain('2025');
    expect(achievementYear({ subject: '', year: 2025 })).toBe(2025);
    expect(decisionText({ ...base, subject: '' }, office).articles[0]).toContain('năm 2025.');
  });

  it('prints an upper level’s decision as its list only: "Danh sách được khen thưởng theo Quyết định số … của …", under our header', () => {
    const text = decisionText({ ...base, number: '1234/QĐ-LĐLĐ', decidedOn: '2025-12-18', issuerLevel: 'province', issuerName: 'Liên đoàn Lao động thành phố Hà Nội', subject: 'Về việc tặng Bằng khen' }, office);
    expect(text.isRecord).toBe(true);
    expect(text.listTitle).toBe('DANH SÁCH ĐƯỢC KHEN THƯỞNG');
    expect(text.listSubtitle).toBe('(Theo Quyết định số 1234/QĐ-LĐLĐ ngày 18 tháng 12 năm 2025 của Liên đoàn Lao động thành phố Hà Nội)');
    expect(text.officeName).toBe('LIÊN ĐOÀN LAO ĐỘNG QUẬN HOÀN KIẾM');
    expect(isUpperRecord({ issuerLevel: 'own_office' })).toBe(false);
  });
});
