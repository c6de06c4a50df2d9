/**
 * Public-service units (hành chính sự nghiệp): schools, health stations, people's
 * committees, public centres and agencies, the district hospital. Names before the 2025
 * reform carry the district, names after it the new ward/commune.
 */

import { NEW_UNITS, placeByName, randomPlace, unitCentral } from '../places';
import type { UnionKind, WeightedItem } from '../types';
import { fixed, type Candidate, type GenContext, type Generator } from './candidate';
import { SIZES, type Size } from './sizes';

/** Names of preschools (also used by private preschools). */
export const PRESCHOOL_NAMES = ['Hoa Sen', 'Sơn Ca', 'Họa Mi', 'Hoa Mai', 'Hoa Hồng', 'Hướng Dương', 'Tuổi Thơ', 'Ánh Dương', 'Bông Sen', 'Hoa Phượng', 'Bình Minh', 'Sao Mai', 'Hoa Ban', 'Vành Khuyên', 'Chim Non', 'Hoa Lan', 'Ánh Sao', 'Ước Mơ', 'Hoa Sữa', 'Măng Non'];
const SCHOOL_PATRONS = ['Nguyễn Trãi', 'Lê Lợi', 'Trần Hưng Đạo', 'Chu Văn An', 'Lý Thường Kiệt', 'Ngô Quyền', 'Nguyễn Du', 'Lê Quý Đôn', 'Kim Đồng', 'Võ Thị Sáu', 'Nguyễn Văn Trỗi', 'Lương Thế Vinh', 'Nguyễn Bỉnh Khiêm', 'Trần Quốc Toản', 'Lê Văn Tám', 'Phan Bội Châu', 'Hai Bà Trưng', 'Ngô Sĩ Liên', 'Đặng Tiến Đông', 'Nguyễn Khuyến', 'Trần Phú', 'Lê Hồng Phong'];
const UPPER_SECONDARY_NAMES = ['Chương Mỹ A', 'Chương Mỹ B', 'Chúc Động', 'Xuân Mai', 'Ngô Sĩ Liên', 'Đặng Tiến Đông', 'Nguyễn Văn Trỗi', 'Phú Nghĩa', 'Trần Phú'];

function schoolCandidate(
  ctx: GenContext,
  kind: UnionKind,
  prefix: string,
  sz: Size,
  patronShare: number,
  patrons: readonly string[],
): Candidate {
  const { rng } = ctx;
  const p = randomPlace(rng);
  const base = rng.chance(patronShare) ? rng.pick(patrons) : p.name;
  return { kind, organizationName: `${prefix} ${base}`, place: p, size: sz, disambiguation: 'school' };
}

const PUBLIC_CENTRES_PRE: readonly (readonly [string, string, Size])[] = [
  ['Trung tâm Y tế huyện Chương Mỹ', 'Chúc Sơn', SIZES.medicalCentre],
  ['Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Chương Mỹ', 'Chúc Sơn', SIZES.centre],
  ['Trung tâm Văn hóa - Thông tin và Thể thao huyện Chương Mỹ', 'Chúc Sơn', SIZES.centre],
  ['Trung tâm Phát triển quỹ đất huyện Chương Mỹ', 'Chúc Sơn', SIZES.centre],
  ['Trung tâm Dịch vụ nông nghiệp huyện Chương Mỹ', 'Chúc Sơn', SIZES.centre],
  ['Trung tâm Giáo dục thường xuyên Xuân Mai', 'Xuân Mai', SIZES.centre],
];
const PUBLIC_AGENCIES_PRE: readonly (readonly [string, string])[] = [
  ['Phòng Giáo dục và Đào tạo huyện Chương Mỹ', 'Chúc Sơn'],
  ['Cơ quan Huyện ủy Chương Mỹ', 'Chúc Sơn'],
  ['Cơ quan Ủy ban nhân dân huyện Chương Mỹ', 'Chúc Sơn'],
  ['Ban Quản lý dự án đầu tư xây dựng huyện Chương Mỹ', 'Chúc Sơn'],
  ['Bảo hiểm xã hội huyện Chương Mỹ', 'Chúc Sơn'],
  ['Kho bạc Nhà nước Chương Mỹ', 'Chúc Sơn'],
  ['Chi cục Thuế khu vực Chương Mỹ - Mỹ Đức', 'Chúc Sơn'],
  ['Hạt Kiểm lâm Chương Mỹ', 'Xuân Mai'],
  ['Tòa án nhân dân huyện Chương Mỹ', 'Chúc Sơn'],
  ['Viện Kiểm sát nhân dân huyện Chương Mỹ', 'Chúc Sơn'],
];
const PUBLIC_AGENCIES_POST: readonly (readonly [string, string])[] = [
  ['Bảo hiểm xã hội cơ sở Chương Mỹ', 'Chúc Sơn'],
  ['Thuế cơ sở Chương Mỹ', 'Chúc Sơn'],
  ['Ban Quản lý dự án đầu tư xây dựng khu vực Chương Mỹ', 'Chúc Sơn'],
  ['Hạt Kiểm lâm Chương Mỹ', 'Xuân Mai'],
  ['Tòa án nhân dân khu vực 10 - Hà Nội', 'Chúc Sơn'],
  ['Viện Kiểm sát nhân dân khu vực 10 - Hà Nội', 'Chúc Sơn'],
];

export const PUBLIC_GENERATORS: readonly WeightedItem<Generator>[] = Object.freeze([
  {
    weight: 22,
    value: (ctx) => schoolCandidate(ctx, 'preschool', 'Trường Mầm non', SIZES.preschool, 0.35, PRESCHOOL_NAMES),
  },
  {
    weight: 19,
    value: (ctx) => schoolCandidate(ctx, 'primary_school', 'Trường Tiểu học', SIZES.primary, 0.2, SCHOOL_PATRONS),
  },
  {
    weight: 16,
    value: (ctx) => schoolCandidate(ctx, 'lower_secondary_school', 'Trường THCS', SIZES.lowerSecondary, 0.2, SCHOOL_PATRONS),
  },
  {
    weight: 3,
    value: ({ rng }): Candidate => ({
      kind: 'upper_secondary_school',
      organizationName: `Trường THPT ${rng.chance(0.7) ? rng.pick(UPPER_SECONDARY_NAMES) : rng.pick(SCHOOL_PATRONS)}`,
      place: randomPlace(rng),
      size: SIZES.upperSecondary,
      disambiguation: 'school',
    }),
  },
  {
    weight: 10,
    value: ({ rng, post }): Candidate => {
      const p = randomPlace(rng);
      return {
        kind: 'health_station',
        organizationName: post ? `Trạm Y tế ${p.name}` : `Trạm Y tế ${p.type} ${p.name}`,
        place: p,
        size: SIZES.healthStation,
        disambiguation: 'numbered',
      };
    },
  },
  {
    weight: 9,
    value: ({ rng, post }): Candidate => {
      if (post) {
        const u = rng.pick(NEW_UNITS);
        return {
          kind: 'people_committee',
          organizationName: `Ủy ban nhân dân ${u.type} ${u.name}`,
          place: unitCentral(u),
          size: SIZES.peopleCommittee,
          disambiguation: 'numbered',
        };
      }
      const p = randomPlace(rng);
      return {
        kind: 'people_committee',
        organizationName: `Ủy ban nhân dân ${p.type} ${p.name}`,
        place: p,
        size: SIZES.peopleCommittee,
        disambiguation: 'numbered',
      };
    },
  },
  {
    weight: 9,
    value: ({ rng, post }): Candidate => {
      if (post) {
        const u = rng.pick(NEW_UNITS);
        const what = rng.pick(['Trung tâm Phục vụ hành chính công', 'Trung tâm Văn hóa - Thông tin và Thể thao', 'Trung tâm Dịch vụ tổng hợp']);
        if (rng.chance(0.15)) {
          const [name, pl, sz] = rng.pick([
            ['Trung tâm Y tế khu vực Chương Mỹ', 'Chúc Sơn', SIZES.medicalCentre],
            ['Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên Chương Mỹ', 'Chúc Sơn', SIZES.centre],
          ] as const);
          return { kind: 'public_centre', organizationName: name, place: placeByName(pl), size: sz, disambiguation: 'numbered' };
        }
        return {
          kind: 'public_centre',
          organizationName: `${what} ${u.type} ${u.name}`,
          place: unitCentral(u),
          size: SIZES.centre,
          disambiguation: 'numbered',
        };
      }
      const [name, pl, sz] = rng.pick(PUBLIC_CENTRES_PRE);
      return { kind: 'public_centre', organizationName: name, place: placeByName(pl), size: sz, disambiguation: 'numbered' };
    },
  },
  {
    weight: 9,
    value: (ctx) =>
      fixed('public_agency', SIZES.agency, ctx.post ? PUBLIC_AGENCIES_POST : PUBLIC_AGENCIES_PRE)(ctx),
  },
  {
    weight: 1,
    value: ({ post }): Candidate => ({
      kind: 'hospital',
      organizationName: post ? 'Bệnh viện Đa khoa Chương Mỹ' : 'Bệnh viện Đa khoa huyện Chương Mỹ',
      place: placeByName('Chúc Sơn'),
      size: SIZES.hospital,
      disambiguation: 'numbered',
    }),
  },
]);
