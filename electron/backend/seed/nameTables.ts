/**
 * Weighted tables of Vietnamese name parts for the demo data set.
 *
 * Family-name weights follow the commonly cited national shares (Nguyễn ≈ 38 %,
 * Trần ≈ 11 %, Lê ≈ 9.5 %, …); the weights of each table are percentages and the
 * family-name table sums to 100. Northern (Hà Nội) variants are favoured where a name
 * has a northern and a southern form (Hoàng/Huỳnh, Vũ/Võ). The tables include rare
 * names that exercise Vietnamese sorting (Ánh, Ân, Ẩn, Ơn, Ưng, Ý, Ỷ, Âu, Ông, Ứng …).
 * All strings are NFC.
 */

import type { Sex, WeightedItem } from './types';

export type NameTable = readonly WeightedItem<string>[];

export function table(entries: readonly (readonly [string, number])[]): NameTable {
  const seen = new Set<string>();
  return Object.freeze(
    entries.map(([value, weight]) => {
      const v = value.normalize('NFC');
      if (seen.has(v)) throw new Error(`Duplicate name in table: ${v}`);
      seen.add(v);
      return Object.freeze({ value: v, weight });
    }),
  );
}

/** Họ, weights in percent (sum 100). */
export const FAMILY_NAMES: NameTable = table([
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 4.2],
  ['Huỳnh', 0.8],
  ['Phan', 4.5],
  ['Vũ', 3.2],
  ['Võ', 0.7],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  // The tail: 11.5 % in all.
  ['Đinh', 0.75],
  ['Đào', 0.75],
  ['Trịnh', 0.8],
  ['Trương', 0.75],
  ['Đoàn', 0.55],
  ['Hà', 0.5],
  ['Mai', 0.45],
  ['Cao', 0.45],
  ['Lương', 0.45],
  ['Lưu', 0.4],
  ['Tạ', 0.4],
  ['Phùng', 0.4],
  ['Triệu', 0.3],
  ['Kiều', 0.3],
  ['Chu', 0.3],
  ['Tô', 0.3],
  ['Nông', 0.3], // Tày, Nùng
  ['Lâm', 0.3],
  ['Lại', 0.25],
  ['Vương', 0.2],
  ['Quách', 0.2],
  ['Thái', 0.2],
  ['Nghiêm', 0.2],
  ['Tống', 0.2],
  ['Đàm', 0.2],
  ['Khúc', 0.15],
  ['Doãn', 0.15],
  ['Lã', 0.15],
  ['Lò', 0.1], // Thái
  ['Khổng', 0.1],
  ['Giáp', 0.1],
  ['Mạc', 0.1],
  ['Hứa', 0.1],
  ['Vi', 0.1],
  ['Phí', 0.1],
  ['Ninh', 0.1],
  ['Âu', 0.1],
  ['Ông', 0.1],
  ['Văn', 0.05],
  ['Ôn', 0.05],
  ['Ứng', 0.05],
]);

/** Tên đệm when there is exactly one middle word. */
export const MIDDLE_SINGLE: Readonly<Record<Sex, NameTable>> = {
  male: table([
    ['Văn', 38],
    ['Đức', 7],
    ['Minh', 6],
    ['Quang', 5],
    ['Đình', 4],
    ['Hữu', 4],
    ['Công', 4],
    ['Thành', 3],
    ['Xuân', 3],
    ['Ngọc', 3],
    ['Mạnh', 2],
    ['Tuấn', 2],
    ['Trọng', 2],
    ['Bá', 2],
    ['Tiến', 2],
    ['Duy', 2],
    ['Hoàng', 2],
    ['Thế', 2],
    ['Quốc', 2],
    ['Thanh', 2],
    ['Anh', 1.5],
    ['Việt', 1.5],
    ['Hồng', 1],
    ['Huy', 1],
    ['Trung', 1],
    ['Khắc', 1],
    ['Gia', 1],
    ['Hải', 1],
    ['Đăng', 1],
    ['Kim', 0.5],
    ['Tất', 0.5],
    ['Nhật', 0.5],
    ['Bảo', 0.5],
  ]),
  female: table([
    ['Thị', 55],
    ['Thu', 5],
    ['Ngọc', 4],
    ['Thanh', 4],
    ['Hồng', 3],
    ['Minh', 2],
    ['Phương', 2],
    ['Thùy', 2],
    ['Kim', 2],
    ['Bích', 1.5],
    ['Hải', 1.5],
    ['Diệu', 1],
    ['Mai', 1],
    ['Khánh', 1],
    ['Lan', 1],
    ['Hoài', 1],
    ['Quỳnh', 1],
    ['Mỹ', 1],
    ['Bảo', 1],
    ['Thúy', 1],
    ['Hà', 1],
    ['Như', 0.5],
    ['Tuyết', 0.5],
    ['Vân', 0.5],
    ['Hương', 0.5],
    ['Ánh', 0.5],
    ['Cẩm', 0.5],
    ['Huyền', 0.5],
    ['Thảo', 0.5],
    ['Xuân', 0.5],
    ['Lệ', 0.5],
  ]),
};

/** First of two middle words ('Văn' in 'Trần Văn Minh Đức'). */
export const MIDDLE_FIRST_OF_TWO: Readonly<Record<Sex, NameTable>> = {
  male: table([
    ['Văn', 70],
    ['Đức', 5],
    ['Quang', 5],
    ['Hữu', 5],
    ['Công', 5],
    ['Đình', 5],
    ['Bá', 5],
  ]),
  female: table([
    ['Thị', 75],
    ['Ngọc', 5],
    ['Thanh', 5],
    ['Kim', 5],
    ['Minh', 5],
    ['Bảo', 5],
  ]),
};

/** Second of two middle words ('Thu' in 'Nguyễn Thị Thu Hà'). */
export const MIDDLE_SECOND_OF_TWO: Readonly<Record<Sex, NameTable>> = {
  male: table([
    ['Minh', 10],
    ['Đức', 8],
    ['Anh', 8],
    ['Quang', 6],
    ['Hoàng', 6],
    ['Tuấn', 5],
    ['Thành', 5],
    ['Trung', 5],
    ['Việt', 5],
    ['Hải', 5],
    ['Duy', 4],
    ['Gia', 4],
    ['Bảo', 4],
    ['Nhật', 3],
    ['Tiến', 3],
    ['Mạnh', 3],
    ['Huy', 3],
    ['Ngọc', 3],
    ['Xuân', 3],
  ]),
  female: table([
    ['Thu', 10],
    ['Ngọc', 8],
    ['Thanh', 8],
    ['Hồng', 7],
    ['Minh', 6],
    ['Phương', 5],
    ['Thùy', 5],
    ['Kim', 5],
    ['Bích', 4],
    ['Hải', 4],
    ['Diệu', 3],
    ['Mai', 3],
    ['Khánh', 3],
    ['Lan', 3],
    ['Hoài', 3],
    ['Quỳnh', 3],
    ['Mỹ', 3],
    ['Thúy', 3],
    ['Hà', 2],
    ['Ánh', 2],
    ['Cẩm', 2],
    ['Tuyết', 2],
    ['Vân', 2],
    ['Kiều', 2],
    ['Lệ', 2],
    ['Bảo', 2],
  ]),
};
