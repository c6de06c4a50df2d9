/**
 * Names of grassroots unions: the full union name of an organisation, a unique variant of
 * a name already taken, and the short form used in short names.
 */

import { PLACES } from '../places';
import type { Rng } from '../random';
import type { Candidate } from './candidate';

/** 'Công đoàn cơ sở ' + the organisation; a nghiệp đoàn is itself the union. */
export function fullUnionName(c: Pick<Candidate, 'kind' | 'organizationName'>): string {
  return c.kind === 'trade_association' ? c.organizationName : `Công đoàn cơ sở ${c.organizationName}`;
}

const SCHOOL_LETTERS = ['A', 'B', 'C', 'D', 'E'];

/**
 * A variant of the candidate's organisation name that is not taken yet: school letters
 * A–E, then branches named after places (enterprises), then numbers.
 */
export function disambiguate(rng: Rng, c: Candidate, isTaken: (organizationName: string) => boolean): string {
  const base = c.organizationName;
  const tries: string[] = [];
  if (c.disambiguation === 'school') {
    for (const letter of SCHOOL_LETTERS) tries.push(`${base} ${letter}`);
  } else if (c.disambiguation === 'enterprise') {
    const start = Math.floor(rng.next() * PLACES.length);
    for (let i = 0; i < PLACES.length; i++) tries.push(`${base} - Chi nhánh ${PLACES[(start + i) % PLACES.length]!.name}`);
  }
  for (const t of tries) if (!isTaken(t)) return t;
  for (let n = 2; ; n++) {
    const t =
      c.disambiguation === 'enterprise' ? `${base} - Chi nhánh số ${n}` : `${base} số ${n}`;
    if (!isTaken(t)) return t;
  }
}

const SHORT_PREFIXES: readonly (readonly [string, string])[] = [
  ['Công ty Cổ phần ', 'Cty CP '],
  ['Công ty TNHH MTV ', 'Cty TNHH MTV '],
  ['Công ty TNHH ', 'Cty TNHH '],
  ['Công ty ', 'Cty '],
  ['Hợp tác xã ', 'HTX '],
  ['Trường Mầm non tư thục ', 'MN tư thục '],
  ['Trường Mầm non ', 'MN '],
  ['Trường Tiểu học ', 'TH '],
  ['Trường THCS ', 'THCS '],
  ['Trường THPT ', 'THPT '],
  ['Trạm Y tế ', 'TYT '],
  ['Cơ quan Ủy ban nhân dân ', 'Cơ quan UBND '],
  ['Ủy ban nhân dân ', 'UBND '],
  ['Trung tâm ', 'TT '],
  ['Bệnh viện Đa khoa ', 'BVĐK '],
  ['Phòng khám Đa khoa ', 'PKĐK '],
  ['Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam ', 'Agribank '],
  ['Ngân hàng Chính sách xã hội ', 'NHCSXH '],
  ['Phòng Giáo dục và Đào tạo ', 'Phòng GD&ĐT '],
  ['Ban Quản lý dự án đầu tư xây dựng ', 'Ban QLDA ĐTXD '],
  ['Bảo hiểm xã hội ', 'BHXH '],
  ['Tòa án nhân dân ', 'TAND '],
  ['Viện Kiểm sát nhân dân ', 'VKSND '],
  ['Nghiệp đoàn ', ''],
];
const SHORT_INNER: readonly (readonly [string, string])[] = [
  ['Giáo dục nghề nghiệp - Giáo dục thường xuyên', 'GDNN-GDTX'],
  ['Văn hóa - Thông tin và Thể thao', 'VH-TT và TT'],
  ['Phục vụ hành chính công', 'PVHCC'],
  ['Thương mại và Dịch vụ', 'TM và DV'],
  ['Đầu tư và Xây dựng', 'ĐT và XD'],
  ['Xây dựng và Thương mại', 'XD và TM'],
  [' huyện Chương Mỹ', ' Chương Mỹ'],
];

/** A shorter form of an organisation name (Cty TNHH, THCS, UBND …). */
export function shortForm(organizationName: string): string {
  let s = organizationName;
  for (const [from, to] of SHORT_PREFIXES) {
    if (s.startsWith(from)) {
      s = to + s.slice(from.length);
      break;
    }
  }
  for (const [from, to] of SHORT_INNER) s = s.replace(from, to);
  if (s.endsWith(' Việt Nam')) s = `${s.slice(0, -' Việt Nam'.length)} VN`;
  return s;
}
