/**
 * Vietnamese personal names for the demo data set.
 *
 * Family-name weights follow the commonly cited national shares (Nguyễn ≈ 38 %,
 * Trần ≈ 11 %, Lê ≈ 9.5 %, …); the weights of each table are percentages and the
 * family-name table sums to 100. Northern (Hà Nội) variants are favoured where a name
 * has a northern and a southern form (Hoàng/Huỳnh, Vũ/Võ). The tables include rare
 * names that exercise Vietnamese sorting (Ánh, Ân, Ẩn, Ơn, Ưng, Ý, Ỷ, Âu, Ông, Ứng …).
 *
 * Pure: everything comes from the given Rng. All strings are NFC.
 */

import type { Rng } from './random';
import type { PersonName, Sex, WeightedItem } from './types';

type Table = readonly WeightedItem<string>[];

function table(entries: readonly (readonly [string, number])[]): Table {
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
export const FAMILY_NAMES: Table = table([
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
const MIDDLE_SINGLE: Readonly<Record<Sex, Table>> = {
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
const MIDDLE_FIRST_OF_TWO: Readonly<Record<Sex, Table>> = {
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
const MIDDLE_SECOND_OF_TWO: Readonly<Record<Sex, Table>> = {
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

/** Tên, weights roughly by popularity among working-age adults. */
export const GIVEN_NAMES: Readonly<Record<Sex, Table>> = {
  male: table([
    ['Anh', 6],
    ['Bình', 3],
    ['Cường', 4],
    ['Dũng', 5],
    ['Đức', 4],
    ['Đạt', 4],
    ['Hùng', 6],
    ['Huy', 4],
    ['Hải', 5],
    ['Khánh', 2],
    ['Long', 4],
    ['Minh', 6],
    ['Nam', 5],
    ['Phong', 3],
    ['Quân', 3],
    ['Sơn', 5],
    ['Thắng', 4],
    ['Tùng', 4],
    ['Việt', 3],
    ['Vinh', 3],
    ['Tuấn', 6],
    ['Hiếu', 3],
    ['Hoàng', 3],
    ['Hưng', 4],
    ['Hiệp', 2],
    ['Hòa', 2],
    ['Kiên', 2],
    ['Khoa', 2],
    ['Lâm', 2],
    ['Lộc', 2],
    ['Lợi', 1.5],
    ['Luân', 1],
    ['Mạnh', 3],
    ['Nghĩa', 3],
    ['Nhân', 1.5],
    ['Phú', 1.5],
    ['Phúc', 2],
    ['Quang', 3],
    ['Quý', 1.5],
    ['Tài', 2],
    ['Tâm', 2],
    ['Thành', 4],
    ['Thịnh', 2],
    ['Tiến', 3],
    ['Toàn', 3],
    ['Trung', 4],
    ['Trường', 2],
    ['Tú', 1.5],
    ['Vũ', 2],
    ['Vượng', 1],
    ['Chiến', 3],
    ['Công', 1.5],
    ['Cương', 1],
    ['Duy', 2],
    ['Dương', 2],
    ['Đông', 1.5],
    ['Định', 1],
    ['Giang', 1.5],
    ['Hậu', 1.5],
    ['Hiển', 1],
    ['Học', 0.5],
    ['Khải', 1],
    ['Khang', 1],
    ['Kiệt', 1],
    ['Lực', 1],
    ['Nguyên', 1.5],
    ['Phát', 1],
    ['Tân', 1.5],
    ['Thái', 1.5],
    ['Thanh', 2],
    ['Thiện', 1],
    ['Thông', 1],
    ['Trí', 1.5],
    ['Trọng', 1.5],
    ['Tuyên', 1],
    ['Tư', 1],
    ['Quyết', 1.5],
    ['Bắc', 0.5],
    ['Chính', 1],
    ['Ân', 0.4],
    ['Ẩn', 0.2],
    ['Ơn', 0.2],
    ['Ưng', 0.1],
    ['Ước', 0.2],
    ['Ánh', 0.2],
  ]),
  female: table([
    ['Anh', 5],
    ['Hà', 5],
    ['Hằng', 5],
    ['Hạnh', 4],
    ['Hương', 6],
    ['Lan', 5],
    ['Linh', 5],
    ['Mai', 5],
    ['Ngọc', 3],
    ['Nhung', 4],
    ['Oanh', 3],
    ['Phương', 5],
    ['Thảo', 5],
    ['Trang', 6],
    ['Uyên', 2],
    ['Yến', 4],
    ['Ánh', 2],
    ['Ân', 0.5],
    ['Đào', 1],
    ['Duyên', 2],
    ['Ý', 0.5],
    ['Ỷ', 0.1],
    ['Hoa', 4],
    ['Hồng', 3],
    ['Huyền', 5],
    ['Hiền', 4],
    ['Hòa', 2],
    ['Hải', 1],
    ['Hậu', 1.5],
    ['Giang', 3],
    ['Dung', 4],
    ['Chi', 2],
    ['Châu', 1.5],
    ['Cúc', 1],
    ['Diệp', 0.5],
    ['Điệp', 1],
    ['Gấm', 0.5],
    ['Huệ', 2],
    ['Liên', 2],
    ['Liễu', 1],
    ['Loan', 3],
    ['Lụa', 0.5],
    ['Ly', 2],
    ['My', 1.5],
    ['Nga', 4],
    ['Ngân', 3],
    ['Nguyệt', 2],
    ['Nhàn', 2],
    ['Nhi', 2],
    ['Như', 1],
    ['Phượng', 3],
    ['Quyên', 2],
    ['Quỳnh', 3],
    ['Sen', 0.5],
    ['Tâm', 2],
    ['Thắm', 1.5],
    ['Thanh', 3],
    ['Thơ', 1],
    ['Thu', 3],
    ['Thúy', 3],
    ['Thủy', 5],
    ['Thùy', 1.5],
    ['Thư', 2],
    ['Tiên', 1],
    ['Trâm', 1],
    ['Trinh', 2],
    ['Tuyết', 2],
    ['Vân', 3],
    ['Vy', 1.5],
    ['Xuân', 2],
    ['Bích', 1],
    ['Bình', 1],
    ['Dương', 1.5],
    ['Hạ', 0.5],
    ['Lý', 1],
    ['Lệ', 1],
    ['Mơ', 0.3],
    ['Nương', 0.3],
    ['Ơn', 0.1],
    ['Ưng', 0.1],
  ]),
};

/** Share of names with no middle name and with two middle words. */
export const NO_MIDDLE_SHARE = 0.03;
export const TWO_MIDDLE_SHARE = 0.1;

/** Joins name parts with single spaces, skipping empty ones, NFC. */
export function joinNameParts(...parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join(' ')
    .normalize('NFC');
}

/** A realistic Vietnamese name for a person of the given sex. */
export function makePersonName(rng: Rng, sex: Sex): PersonName {
  if (sex !== 'male' && sex !== 'female') throw new RangeError(`Unknown sex: ${String(sex)}`);
  const family = rng.weighted(FAMILY_NAMES);

  let middleWords: string[];
  const r = rng.next();
  if (r < NO_MIDDLE_SHARE) {
    middleWords = [];
  } else if (r < NO_MIDDLE_SHARE + TWO_MIDDLE_SHARE) {
    const first = rng.weighted(MIDDLE_FIRST_OF_TWO[sex]);
    let second = rng.weighted(MIDDLE_SECOND_OF_TWO[sex]);
    for (let i = 0; i < 4 && second === first; i++) second = rng.weighted(MIDDLE_SECOND_OF_TWO[sex]);
    middleWords = second === first ? [first] : [first, second];
  } else {
    middleWords = [rng.weighted(MIDDLE_SINGLE[sex])];
  }

  // Avoid "Minh Minh", "Thị Thu Thu".
  let given = rng.weighted(GIVEN_NAMES[sex]);
  for (let i = 0; i < 6 && middleWords.includes(given); i++) given = rng.weighted(GIVEN_NAMES[sex]);
  // Practically never reached; keep the name well-formed all the same.
  if (middleWords.includes(given)) middleWords = middleWords.filter((w) => w !== given);

  const middle = middleWords.join(' ');
  return { family, middle, given, fullName: joinNameParts(family, middle, given) };
}
