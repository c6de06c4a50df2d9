import { describe, expect, it } from 'vitest';
import {
  detectLegacyEncoding,
  legacyToUnicode,
  tcvn3ToUnicode,
  vniToUnicode,
} from '../../../electron/backend/exchange/encoding/legacyVietnamese';
import { convertLegacyGrid } from '../../../electron/backend/exchange/encoding/convertGrid';
import { isVietnameseSyllable } from '../../../electron/backend/exchange/encoding/syllable';
import { ALL_SMALL_LETTERS, encodeTcvn3, encodeVni } from './helpers/legacyEncoders';

/** Names and phrases whose capitals are all letters the one-font TCVN3 set has (no toned capitals). */
const PHRASES = [
  'Nguyễn Văn Đức',
  'Trần Thị Hồng Nhung',
  'Lê Hoàng Quỳnh Như',
  'Phạm Ngọc Tuyết',
  'Hoàng Minh Tuấn',
  'Vũ Thị Thu Hương',
  'Đặng Quốc Khánh',
  'Bùi Thị Mỹ Duyên',
  'Đỗ Trọng Nghĩa',
  'Hồ Thị Kiều Oanh',
  'Ngô Bảo Châu',
  'Dương Văn Lượng',
  'Lý Thị Phượng',
  'Trương Công Định',
  'Đinh Thị Ngọc Hạnh',
  'Mai Xuân Trường',
  'Tạ Quang Bửu',
  'Lương Thế Vinh',
  'Huỳnh Tấn Phát',
  'Võ Nguyên Giáp',
  'Phan Bội Châu',
  'Tôn Đức Thắng',
  'Kiều Thị Thủy',
  'Cao Bá Quát',
  'Quách Thị Ngẫu',
  'Đoàn Thị Điểm',
  'Lã Văn Ước',
  'Âu Dương Phong',
  'Ông Văn Tùng',
  'Nghiêm Thị Huyền Trang',
  'Khuất Duy Tiến',
  'Giáp Văn Khương',
  'Nguyễn Thị Xuyến',
  'Công đoàn cơ sở Trường Tiểu học Yên Thế',
  'Liên đoàn Lao động quận Hoàn Kiếm',
  'ủy viên ban chấp hành, thuở ấy',
  'Hà Nội, ngày 05 tháng 12 năm 2025',
  'Số căn cước công dân',
];

describe('the examples of the brief', () => {
  it('decodes TCVN3 as Excel shows it', () => {
    expect(tcvn3ToUnicode('NguyÔn V¨n §øc')).toBe('Nguyễn Văn Đức');
  });

  it('decodes VNI as Excel shows it', () => {
    expect(vniToUnicode('Nguyeãn Vaên Ñöùc')).toBe('Nguyễn Văn Đức');
  });

  it('the test encoders produce those same strings', () => {
    expect(encodeTcvn3('Nguyễn Văn Đức')).toBe('NguyÔn V¨n §øc');
    expect(encodeVni('Nguyễn Văn Đức')).toBe('Nguyeãn Vaên Ñöùc');
  });

  it('decodes a few more well-known spellings', () => {
    expect(tcvn3ToUnicode('Hä vµ tªn')).toBe('Họ và tên');
    expect(tcvn3ToUnicode('Ngµy, th¸ng, n¨m sinh')).toBe('Ngày, tháng, năm sinh');
    expect(vniToUnicode('Ñaøo ñaát')).toBe('Đào đất');
    expect(vniToUnicode('Tröôøng')).toBe('Trường');
    expect(vniToUnicode('Quyønh, Myõ, Tyû, Kyø, yù kieán, Thuyî')).toBe('Quỳnh, Mỹ, Tỷ, Kỳ, ý kiến, Thuỵ');
  });
});

describe('round trips', () => {
  it.each(PHRASES)('TCVN3: %s', (phrase) => {
    const encoded = encodeTcvn3(phrase);
    expect(encoded).not.toBe(phrase);
    expect(tcvn3ToUnicode(encoded)).toBe(phrase);
  });

  it.each(PHRASES)('VNI: %s', (phrase) => {
    const encoded = encodeVni(phrase);
    expect(encoded).not.toBe(phrase);
    expect(vniToUnicode(encoded)).toBe(phrase);
  });

  it('TCVN3 covers every small letter and the seven capitals of the one-font set', () => {
    const all = `${ALL_SMALL_LETTERS}ĂÂÊÔƠƯĐ`;
    expect([...all]).toHaveLength(12 * 6 + 1 + 7);
    expect(tcvn3ToUnicode(encodeTcvn3(all))).toBe(all);
  });

  it('TCVN3 capitals with tones (typed in the .VnTimeH font) come back as small letters', () => {
    expect(tcvn3ToUnicode(encodeTcvn3('Phạm Ngọc Ánh, Ứng Hòa'))).toBe('Phạm Ngọc ánh, ứng Hòa');
  });

  it('VNI covers every letter with every tone in both cases', () => {
    const all = ALL_SMALL_LETTERS + ALL_SMALL_LETTERS.toUpperCase();
    expect(vniToUnicode(encodeVni(all))).toBe(all);
  });

  it('VNI capitals use the capital marks', () => {
    expect(encodeVni('NGUYỄN VĂN ĐỨC')).toBe('NGUYEÃN VAÊN ÑÖÙC');
    expect(vniToUnicode('NGUYEÃN VAÊN ÑÖÙC')).toBe('NGUYỄN VĂN ĐỨC');
  });

  it('leaves ASCII alone', () => {
    expect(tcvn3ToUnicode('Cong ty ABC, 123/45')).toBe('Cong ty ABC, 123/45');
    expect(vniToUnicode('Cong ty ABC, 123/45')).toBe('Cong ty ABC, 123/45');
  });
});

describe('isVietnameseSyllable', () => {
  it('accepts real syllables and rejects wrong decodings', () => {
    for (const word of ['Nguyễn', 'Đức', 'Hường', 'Quỳnh', 'gì', 'Khuyến', 'thuở', 'nghiêng']) {
      expect(isVietnameseSyllable(word), word).toBe(true);
    }
    for (const word of ['Nguyeón', 'ẹửực', 'Mỹller', 'đ', 'Vaờn']) {
      expect(isVietnameseSyllable(word), word).toBe(false);
    }
  });
});

describe('detectLegacyEncoding', () => {
  const unicodeNames = PHRASES.slice(0, 20);

  it('plain ASCII is unicode', () => {
    expect(detectLegacyEncoding(['STT', 'Nguyen Van A', '05/06/1990', 'x', 'Cong ty ABC'])).toBe('unicode');
    expect(detectLegacyEncoding([])).toBe('unicode');
  });

  it('real Unicode Vietnamese is unicode, old-style tone placement included', () => {
    expect(detectLegacyEncoding(unicodeNames)).toBe('unicode');
    expect(detectLegacyEncoding(['Hoà Bình', 'Thuý', 'Khoá học', 'Lê Minh Tú', 'Hoà'])).toBe('unicode');
  });

  it('finds TCVN3', () => {
    expect(detectLegacyEncoding(unicodeNames.map(encodeTcvn3))).toBe('tcvn3');
    expect(detectLegacyEncoding(['NguyÔn V¨n §øc'])).toBe('tcvn3');
  });

  it('finds VNI', () => {
    expect(detectLegacyEncoding(unicodeNames.map(encodeVni))).toBe('vni');
    expect(detectLegacyEncoding(['Nguyeãn Vaên Ñöùc'])).toBe('vni');
  });

  it('stray symbols and foreign words in an English or Unicode sheet do not make it legacy', () => {
    expect(detectLegacyEncoding(['© 2020 ABC', 'Müller', '§ 3', 'Size ½', 'Café'])).toBe('unicode');
    expect(detectLegacyEncoding([...unicodeNames, encodeTcvn3('Nguyễn Văn Đức')])).toBe('unicode');
  });

  it('a Unicode header over TCVN3 data is still TCVN3, and the header is not garbled', () => {
    const header = ['Họ và tên', 'Ngày sinh', 'Quê quán'];
    const data = unicodeNames.map(encodeTcvn3);
    expect(detectLegacyEncoding([...header, ...data])).toBe('tcvn3');
    expect(legacyToUnicode('Họ và tên', 'tcvn3')).toBe('Họ và tên');
    expect(legacyToUnicode(encodeTcvn3('Quê quán'), 'tcvn3')).toBe('Quê quán');
  });
});

describe('convertLegacyGrid', () => {
  it('converts the text cells of a VNI sheet and leaves numbers alone', () => {
    const grid = {
      name: 'DS',
      rows: [
        [encodeVni('Họ và tên'), encodeVni('Ngày sinh'), encodeVni('Quê quán')],
        [encodeVni('Nguyễn Văn Đức'), 32874, encodeVni('Hà Nội')],
        [encodeVni('Trần Thị Hồng Nhung'), null, encodeVni('Thường Tín')],
      ],
    };
    const { grid: converted, encoding } = convertLegacyGrid(grid);
    expect(encoding).toBe('vni');
    expect(converted.rows).toEqual([
      ['Họ và tên', 'Ngày sinh', 'Quê quán'],
      ['Nguyễn Văn Đức', 32874, 'Hà Nội'],
      ['Trần Thị Hồng Nhung', null, 'Thường Tín'],
    ]);
  });

  it('returns a Unicode sheet unchanged', () => {
    const grid = { name: 'DS', rows: [['Họ và tên', 'Ngày sinh'], ['Nguyễn Văn Đức', 32874]] };
    const result = convertLegacyGrid(grid);
    expect(result.encoding).toBe('unicode');
    expect(result.grid).toBe(grid);
  });
});
