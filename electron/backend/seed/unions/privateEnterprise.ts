/**
 * Private enterprises (doanh nghiệp ngoài nhà nước): companies and cooperatives of the
 * industries, private preschools and clinics.
 *
 * Names are invented but follow real naming patterns; any likeness to a real company is
 * coincidence.
 */

import { pickSite, randomPlace, type Place } from '../places';
import type { Rng } from '../random';
import type { WeightedItem } from '../types';
import type { Candidate, Generator } from './candidate';
import { INDUSTRY_KINDS } from './industries';
import { PRESCHOOL_NAMES } from './publicService';
import { size } from './sizes';

const BRANDS = ['Hồng Hà', 'Thành Công', 'Phú Thịnh', 'Hưng Thịnh', 'Minh Anh', 'Tân Phát', 'An Phát', 'Hoàng Long', 'Thăng Long', 'Trường Sơn', 'Đại Phát', 'Hải Nam', 'Phúc Lộc', 'Thịnh Vượng', 'Hòa Bình', 'Bình Minh', 'Ánh Dương', 'Sao Mai', 'Đông Á', 'Nam Việt', 'Bắc Hà', 'Tiến Đạt', 'Quang Minh', 'Hà Tây', 'Xuân Mai', 'Chúc Sơn', 'Phú Nghĩa', 'Chương Mỹ', 'Tuấn Hưng', 'Đức Anh', 'Gia Huy', 'Kim Long', 'Ngọc Lan', 'Toàn Cầu', 'Hưng Phát', 'Vạn Xuân', 'Nhật Minh', 'Trường Thành', 'Thiên An', 'Phú Gia', 'Đông Đô', 'Thành Nam', 'An Khánh', 'Hợp Nhất', 'Long Hải', 'Việt Hàn', 'Việt Nhật', 'Á Châu', 'Hoàn Cầu', 'Đại Dương', 'Lộc Phát', 'Mạnh Tiến', 'Sông Đáy', 'Sông Bùi', 'Tiên Phương', 'Phụng Châu', 'Ngọc Sơn', 'Ba Vì', 'Tản Viên', 'Hà Thành', 'Ánh Sao', 'Ước Mơ', 'Ưu Việt', 'Ân Phú', 'Âu Lạc', 'Yên Bình', 'Ý Tưởng Việt', 'Đất Việt', 'Sông Hồng', 'Quyết Thắng', 'Bảo An', 'Khánh An'];

/** A site (industrial zone or main road) for 45 % of enterprises, else the given place. */
function enterpriseSite(rng: Rng, p: Place): { place: Place; site?: string } {
  if (rng.chance(0.45)) return pickSite(rng);
  return { place: p };
}

const PRIVATE_COMPANY_FORMS: readonly WeightedItem<string>[] = Object.freeze([
  { value: 'Công ty TNHH', weight: 50 },
  { value: 'Công ty Cổ phần', weight: 40 },
  { value: 'Công ty TNHH MTV', weight: 10 },
]);

function privateIndustry(key: keyof typeof INDUSTRY_KINDS, weight: number): WeightedItem<Generator> {
  const ik = INDUSTRY_KINDS[key]!;
  return {
    weight,
    value: ({ rng }): Candidate => {
      const p = randomPlace(rng);
      const coop = ik.coop === true && rng.chance(0.25);
      const industry = rng.pick(ik.industries);
      const organizationName = coop
        ? `Hợp tác xã ${industry} ${rng.chance(0.5) ? p.name : rng.pick(BRANDS)}`
        : `${rng.weighted(PRIVATE_COMPANY_FORMS)} ${industry} ${rng.pick(BRANDS)}`;
      const at = enterpriseSite(rng, p);
      return { kind: ik.kind, organizationName, ...at, size: ik.privateSize, disambiguation: 'enterprise' };
    },
  };
}

export const PRIVATE_GENERATORS: readonly WeightedItem<Generator>[] = Object.freeze([
  privateIndustry('garment', 16),
  privateIndustry('footwear', 3),
  privateIndustry('construction', 17),
  privateIndustry('building_materials', 6),
  privateIndustry('mechanical', 8),
  privateIndustry('electronics', 2),
  privateIndustry('food', 8),
  privateIndustry('furniture', 6),
  privateIndustry('rattan_bamboo', 7),
  privateIndustry('plastics_packaging', 6),
  privateIndustry('pharmaceutical', 2),
  privateIndustry('trade_services', 12),
  privateIndustry('transport', 5),
  {
    weight: 5,
    value: ({ rng }): Candidate => ({
      kind: 'private_preschool',
      organizationName: `Trường Mầm non tư thục ${rng.pick(PRESCHOOL_NAMES)}`,
      place: randomPlace(rng),
      size: size(8, 40, 0.95, 1, 'uniform'),
      disambiguation: 'school',
    }),
  },
  {
    weight: 2,
    value: ({ rng }): Candidate => ({
      kind: 'private_clinic',
      organizationName: `Phòng khám Đa khoa ${rng.pick(BRANDS)}`,
      place: randomPlace(rng),
      size: size(10, 60, 0.5, 0.7),
      disambiguation: 'enterprise',
    }),
  },
]);
