import { describe, expect, it } from 'vitest';
import { defaultReportRecipients, recipientLines } from '../../../shared/domain/documents/recipients';

describe('Nơi nhận', () => {
  it('prints "- …;" lines and ends with "- Lưu: VT." whatever the user typed', () => {
    expect(recipientLines(['Như trên', 'Lưu: VT'])).toEqual(['- Như trên;', '- Lưu: VT.']);
    expect(recipientLines(['- Như trên;', '- Lưu: VT, BTĐKT;', 'Ban Tổ chức'])).toEqual(['- Như trên;', '- Ban Tổ chức;', '- Lưu: VT, BTĐKT.']);
    expect(recipientLines(['Như trên'])).toEqual(['- Như trên;', '- Lưu: VT.']);
  });

  it('takes the upper union from the settings, and names the district party committee only before 01/07/2025', () => {
    expect(defaultReportRecipients('LĐLĐ tỉnh Bắc Ninh', '2025-11-30')).toEqual(['- LĐLĐ tỉnh Bắc Ninh (để b/c);', '- Các CĐCS trực thuộc;', '- Lưu: VT.']);
    expect(defaultReportRecipients('LĐLĐ thành phố Hà Nội', '2024-11-30')).toEqual([
      '- LĐLĐ thành phố Hà Nội (để b/c);',
      '- Thường trực Quận ủy (để b/c);',
      '- Các CĐCS trực thuộc;',
      '- Lưu: VT.',
    ]);
  });
});
