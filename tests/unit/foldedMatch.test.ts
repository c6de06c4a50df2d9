import { describe, expect, it } from 'vitest';
import { foldedMatch } from '../../shared/domain/text/foldedMatch';

describe('foldedMatch — one filter for every picker and search', () => {
  it('finds Vietnamese text typed without tones, đ as d, in any case', () => {
    expect(foldedMatch('Kết nạp đoàn viên mới', 'ket nap')).toBe(true);
    expect(foldedMatch('Kết nạp đoàn viên mới', 'KẾT NẠP')).toBe(true);
    expect(foldedMatch('Đoàn viên', 'doan')).toBe(true);
    expect(foldedMatch('Thành lập mới công đoàn cơ sở', 'cong doan co so')).toBe(true);
    expect(foldedMatch('Bằng khen của Tổng Liên đoàn', 'tong lien doan')).toBe(true);
  });

  it('needs every typed word, in any order, and no word that is absent', () => {
    expect(foldedMatch('Công ty May Đức Giang', 'giang may')).toBe(true);
    expect(foldedMatch('Công ty May Đức Giang', 'may hung')).toBe(false);
    expect(foldedMatch('Kết nạp đoàn viên', 'ket xuat')).toBe(false);
  });

  it('keeps tones distinct from other letters: d is not đ in the text only when folded both ways', () => {
    expect(foldedMatch('Dương', 'duong')).toBe(true);
    expect(foldedMatch('Đường', 'duong')).toBe(true);
    expect(foldedMatch('Hà Nội', 'ha noi')).toBe(true);
    expect(foldedMatch('Hà Nội', 'hanoi')).toBe(false);
  });

  it('matches everything for an empty or blank query', () => {
    expect(foldedMatch('Bất kỳ', '')).toBe(true);
    expect(foldedMatch('Bất kỳ', '   ')).toBe(true);
  });

  it('treats decomposed (NFD) input like composed text', () => {
    expect(foldedMatch('Nguyễn Văn Đức', 'Nguyễn'.normalize('NFD'))).toBe(true);
  });
});
