/**
 * The demo office, its upper union and the grassroots unions it manages.
 *
 * Geography: the former Chương Mỹ district of Hà Nội (2 towns, 30 communes) and the
 * six wards/communes that replaced it on 1/7/2025 (phường Chương Mỹ, xã Phú Nghĩa,
 * Xuân Mai, Trần Phú, Hòa Phú, Quảng Bị). Which old commune went into which new unit
 * is an approximation good enough for demo data, not an official reference.
 *
 * Organisation names are invented but follow real naming patterns; any likeness to a
 * real company is coincidence. Pure: everything comes from the given Rng.
 */

import { makePersonName } from './names';
import { addDaysIso, isoToDayNumber } from './random';
import type { Rng } from './random';
import type {
  DemoOffice,
  GrassrootsUnionSeed,
  SectorCode,
  UnionKind,
  WeightedItem,
} from './types';

/** The reform that replaced districts by wards/communes took effect on this date. */
export const REFORM_DATE = '2025-07-01';

/** Earliest founding date of a demo grassroots union. */
export const EARLIEST_FOUNDING = '1990-01-01';

/** Target shares of the sectors (percent). */
export const SECTOR_SHARES: readonly WeightedItem<SectorCode>[] = Object.freeze([
  { value: 'public_service', weight: 45 },
  { value: 'private_enterprise', weight: 35 },
  { value: 'fdi_enterprise', weight: 8 },
  { value: 'state_enterprise', weight: 7 },
  { value: 'professional_union', weight: 5 },
]);

/** Vietnamese labels of the sectors (khu vực). */
export const SECTOR_LABELS: Readonly<Record<SectorCode, string>> = Object.freeze({
  public_service: 'Hành chính sự nghiệp',
  state_enterprise: 'Doanh nghiệp nhà nước',
  private_enterprise: 'Doanh nghiệp ngoài nhà nước',
  fdi_enterprise: 'Doanh nghiệp có vốn đầu tư nước ngoài',
  professional_union: 'Nghiệp đoàn',
});

// ---------------------------------------------------------------------------
// Office
// ---------------------------------------------------------------------------

/** The user's office and its upper union, as named in the given working year. */
export function makeDemoOffice(year: number): DemoOffice {
  checkYear(year);
  const office =
    year >= 2025
      ? {
          name: 'Công đoàn phường Chương Mỹ',
          shortName: 'CĐ phường Chương Mỹ',
          code: 'CDP-CHUONGMY',
          symbol: 'CĐP',
        }
      : {
          name: 'Liên đoàn Lao động huyện Chương Mỹ',
          shortName: 'LĐLĐ huyện Chương Mỹ',
          code: 'LDLD-CHUONGMY',
          symbol: 'LĐLĐ',
        };
  return {
    office: { ...office, level: 'upper_grassroots' },
    upper: {
      name: 'Liên đoàn Lao động thành phố Hà Nội',
      shortName: 'LĐLĐ TP Hà Nội',
      code: 'LDLD-HANOI',
      symbol: 'LĐLĐ',
      level: 'province',
    },
    placeName: 'Hà Nội',
  };
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1991 || year > 9998) {
    throw new RangeError(`Working year must be an integer between 1991 and 9998, got ${year}`);
  }
}

// ---------------------------------------------------------------------------
// Geography
// ---------------------------------------------------------------------------

interface NewUnit {
  readonly name: string;
  readonly type: 'phường' | 'xã';
  /** The old town/commune where the new unit has its seat (for addresses). */
  readonly seat: string;
}

interface Place {
  /** Name of the old (pre-2025) town or commune. */
  readonly name: string;
  readonly type: 'thị trấn' | 'xã';
  readonly unit: NewUnit;
  /** Villages / residential groups used in addresses. */
  readonly hamlets: readonly string[];
}

const U_CHUONG_MY: NewUnit = { name: 'Chương Mỹ', type: 'phường', seat: 'Chúc Sơn' };
const U_PHU_NGHIA: NewUnit = { name: 'Phú Nghĩa', type: 'xã', seat: 'Phú Nghĩa' };
const U_XUAN_MAI: NewUnit = { name: 'Xuân Mai', type: 'xã', seat: 'Xuân Mai' };
const U_TRAN_PHU: NewUnit = { name: 'Trần Phú', type: 'xã', seat: 'Trần Phú' };
const U_HOA_PHU: NewUnit = { name: 'Hòa Phú', type: 'xã', seat: 'Hòa Chính' };
const U_QUANG_BI: NewUnit = { name: 'Quảng Bị', type: 'xã', seat: 'Quảng Bị' };
const NEW_UNITS: readonly NewUnit[] = [
  U_CHUONG_MY,
  U_PHU_NGHIA,
  U_XUAN_MAI,
  U_TRAN_PHU,
  U_HOA_PHU,
  U_QUANG_BI,
];

const TOWN_HAMLETS = ['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3', 'Tổ dân phố 4', 'Tổ dân phố 5', 'Tổ dân phố 6'];
const VILLAGE_HAMLETS = ['Thôn Đông', 'Thôn Đoài', 'Thôn Trung', 'Thôn Thượng', 'Thôn Hạ', 'Thôn Bắc', 'Thôn Nam', 'Thôn Tân Thành', 'Thôn Đồng Mai', 'Thôn Yên Lạc'];

function place(name: string, type: Place['type'], unit: NewUnit, hamlets?: readonly string[]): Place {
  return { name, type, unit, hamlets: hamlets ?? (type === 'thị trấn' ? TOWN_HAMLETS : VILLAGE_HAMLETS) };
}

const PLACES: readonly Place[] = [
  place('Chúc Sơn', 'thị trấn', U_CHUONG_MY, ['Tổ dân phố Bắc Sơn', 'Tổ dân phố Hòa Sơn', 'Tổ dân phố Tân Sơn', 'Tổ dân phố Thái Hòa', 'Tổ dân phố Chúc Đồng']),
  place('Phụng Châu', 'xã', U_CHUONG_MY),
  place('Tiên Phương', 'xã', U_CHUONG_MY),
  place('Ngọc Hòa', 'xã', U_CHUONG_MY),
  place('Thụy Hương', 'xã', U_CHUONG_MY),
  place('Đại Yên', 'xã', U_CHUONG_MY),
  place('Phú Nghĩa', 'xã', U_PHU_NGHIA, ['Thôn Phú Vinh', 'Thôn Yên Khê', 'Thôn Đồng Mai', 'Thôn Phú Hữu', 'Thôn Ninh Sơn']),
  place('Trường Yên', 'xã', U_PHU_NGHIA),
  place('Đông Phương Yên', 'xã', U_PHU_NGHIA),
  place('Đông Sơn', 'xã', U_PHU_NGHIA),
  place('Thanh Bình', 'xã', U_PHU_NGHIA),
  place('Xuân Mai', 'thị trấn', U_XUAN_MAI, ['Tổ dân phố Tân Xuân', 'Tổ dân phố Xuân Hà', 'Tổ dân phố Bùi Xá', 'Tổ dân phố Chiến Thắng', 'Tổ dân phố Đồng Vai']),
  place('Thủy Xuân Tiên', 'xã', U_XUAN_MAI),
  place('Nam Phương Tiến', 'xã', U_XUAN_MAI),
  place('Tân Tiến', 'xã', U_XUAN_MAI),
  place('Trung Hòa', 'xã', U_XUAN_MAI),
  place('Trần Phú', 'xã', U_TRAN_PHU),
  place('Hữu Văn', 'xã', U_TRAN_PHU),
  place('Mỹ Lương', 'xã', U_TRAN_PHU),
  place('Đồng Lạc', 'xã', U_TRAN_PHU),
  place('Hoàng Văn Thụ', 'xã', U_TRAN_PHU),
  place('Hòa Chính', 'xã', U_HOA_PHU),
  place('Phú Nam An', 'xã', U_HOA_PHU),
  place('Đồng Phú', 'xã', U_HOA_PHU),
  place('Thượng Vực', 'xã', U_HOA_PHU),
  place('Văn Võ', 'xã', U_HOA_PHU),
  place('Hồng Phong', 'xã', U_HOA_PHU),
  place('Quảng Bị', 'xã', U_QUANG_BI),
  place('Hợp Đồng', 'xã', U_QUANG_BI),
  place('Tốt Động', 'xã', U_QUANG_BI),
  place('Lam Điền', 'xã', U_QUANG_BI),
  place('Hoàng Diệu', 'xã', U_QUANG_BI),
];

function placeByName(name: string): Place {
  const p = PLACES.find((x) => x.name === name);
  if (!p) throw new Error(`Unknown place ${name}`);
  return p;
}

/** Where enterprises cluster: industrial zones/clusters and main roads. */
interface Site {
  readonly label: (rng: Rng) => string;
  readonly place: Place;
}
const SITES: readonly Site[] = [
  { label: () => 'Khu công nghiệp Phú Nghĩa', place: placeByName('Phú Nghĩa') },
  { label: () => 'Cụm công nghiệp Ngọc Sơn', place: placeByName('Ngọc Hòa') },
  { label: () => 'Cụm công nghiệp Đông Phú Yên', place: placeByName('Đông Phương Yên') },
  { label: () => 'Cụm công nghiệp Thủy Xuân Tiên', place: placeByName('Thủy Xuân Tiên') },
  { label: (rng) => `Km ${rng.int(19, 27)} Quốc lộ 6`, place: placeByName('Chúc Sơn') },
  { label: (rng) => `Km ${rng.int(2, 9)} đường Hồ Chí Minh`, place: placeByName('Xuân Mai') },
  { label: (rng) => `Km ${rng.int(30, 41)} Quốc lộ 21A`, place: placeByName('Trần Phú') },
];

function adminArea(p: Place, postReform: boolean): string {
  return postReform
    ? `${p.unit.type} ${p.unit.name}, thành phố Hà Nội`
    : `${p.type} ${p.name}, huyện Chương Mỹ, thành phố Hà Nội`;
}

function addressIn(rng: Rng, p: Place, postReform: boolean): string {
  let hamlet = rng.pick(p.hamlets);
  // Inside a ward (phường) residents are grouped in tổ dân phố, not thôn.
  if (postReform && p.unit.type === 'phường' && hamlet.startsWith('Thôn ')) {
    hamlet = `Tổ dân phố ${hamlet.slice('Thôn '.length)}`;
  }
  return `${hamlet}, ${adminArea(p, postReform)}`;
}

// ---------------------------------------------------------------------------
// Kinds of unit: names and sizes
// ---------------------------------------------------------------------------

interface Size {
  readonly min: number;
  readonly max: number;
  /** Share of women among workers: uniform in [femaleMin, femaleMax]. */
  readonly femaleMin: number;
  readonly femaleMax: number;
  /** 'log' for wide ranges with many small and few large units. */
  readonly dist: 'uniform' | 'log';
}

const size = (min: number, max: number, femaleMin: number, femaleMax: number, dist: Size['dist'] = 'log'): Size => ({
  min,
  max,
  femaleMin,
  femaleMax,
  dist,
});

interface Candidate {
  readonly kind: UnionKind;
  readonly organizationName: string;
  readonly place: Place;
  /** Address, when it is not just a hamlet of `place`. */
  readonly site?: string;
  readonly size: Size;
  /** How to make the name unique when it is taken. */
  readonly disambiguation: 'school' | 'enterprise' | 'numbered';
}

interface GenContext {
  readonly rng: Rng;
  readonly post: boolean;
}

const PRESCHOOL_NAMES = ['Hoa Sen', 'Sơn Ca', 'Họa Mi', 'Hoa Mai', 'Hoa Hồng', 'Hướng Dương', 'Tuổi Thơ', 'Ánh Dương', 'Bông Sen', 'Hoa Phượng', 'Bình Minh', 'Sao Mai', 'Hoa Ban', 'Vành Khuyên', 'Chim Non', 'Hoa Lan', 'Ánh Sao', 'Ước Mơ', 'Hoa Sữa', 'Măng Non'];
const SCHOOL_PATRONS = ['Nguyễn Trãi', 'Lê Lợi', 'Trần Hưng Đạo', 'Chu Văn An', 'Lý Thường Kiệt', 'Ngô Quyền', 'Nguyễn Du', 'Lê Quý Đôn', 'Kim Đồng', 'Võ Thị Sáu', 'Nguyễn Văn Trỗi', 'Lương Thế Vinh', 'Nguyễn Bỉnh Khiêm', 'Trần Quốc Toản', 'Lê Văn Tám', 'Phan Bội Châu', 'Hai Bà Trưng', 'Ngô Sĩ Liên', 'Đặng Tiến Đông', 'Nguyễn Khuyến', 'Trần Phú', 'Lê Hồng Phong'];
const UPPER_SECONDARY_NAMES = ['Chương Mỹ A', 'Chương Mỹ B', 'Chúc Động', 'Xuân Mai', 'Ngô Sĩ Liên', 'Đặng Tiến Đông', 'Nguyễn Văn Trỗi', 'Phú Nghĩa', 'Trần Phú'];

const BRANDS = ['Hồng Hà', 'Thành Công', 'Phú Thịnh', 'Hưng Thịnh', 'Minh Anh', 'Tân Phát', 'An Phát', 'Hoàng Long', 'Thăng Long', 'Trường Sơn', 'Đại Phát', 'Hải Nam', 'Phúc Lộc', 'Thịnh Vượng', 'Hòa Bình', 'Bình Minh', 'Ánh Dương', 'Sao Mai', 'Đông Á', 'Nam Việt', 'Bắc Hà', 'Tiến Đạt', 'Quang Minh', 'Hà Tây', 'Xuân Mai', 'Chúc Sơn', 'Phú Nghĩa', 'Chương Mỹ', 'Tuấn Hưng', 'Đức Anh', 'Gia Huy', 'Kim Long', 'Ngọc Lan', 'Toàn Cầu', 'Hưng Phát', 'Vạn Xuân', 'Nhật Minh', 'Trường Thành', 'Thiên An', 'Phú Gia', 'Đông Đô', 'Thành Nam', 'An Khánh', 'Hợp Nhất', 'Long Hải', 'Việt Hàn', 'Việt Nhật', 'Á Châu', 'Hoàn Cầu', 'Đại Dương', 'Lộc Phát', 'Mạnh Tiến', 'Sông Đáy', 'Sông Bùi', 'Tiên Phương', 'Phụng Châu', 'Ngọc Sơn', 'Ba Vì', 'Tản Viên', 'Hà Thành', 'Ánh Sao', 'Ước Mơ', 'Ưu Việt', 'Ân Phú', 'Âu Lạc', 'Yên Bình', 'Ý Tưởng Việt', 'Đất Việt', 'Sông Hồng', 'Quyết Thắng', 'Bảo An', 'Khánh An'];
const FOREIGN_BRANDS = ['Hanwool', 'Sungjin', 'Daeyang', 'Woojin', 'Jinsung', 'Myungsung', 'Dongil', 'Seowon', 'Hyosan', 'Sinwoo', 'Taesan', 'Bokwang', 'Fujikawa', 'Takanawa', 'Kyowa Seiki', 'Nishida', 'Hoshimoto', 'Sanko Denki', 'Yamato Seiko', 'Matsuoka', 'Shinwa', 'Jinhua', 'Hengli', 'Fuyuan', 'Tianrui', 'Everwin', 'Kingtai', 'Grand Sun', 'Hongsheng', 'Pacific Crest', 'Nordvik', 'Meridian'];
const STATE_AREAS = ['Sông Đáy', 'Sông Tích', 'Sông Bùi', 'Hà Tây', 'Chương Mỹ', 'Xuân Mai', 'Hà Nội', 'Thăng Long', 'Phú Nghĩa', 'Miền Tây Hà Nội'];
const WATERS = ['sông Đáy', 'sông Bùi', 'sông Tích', 'hồ Văn Sơn', 'hồ Đồng Sương', 'hồ Miễu'];

const SIZES = {
  preschool: size(20, 90, 0.94, 1, 'uniform'),
  primary: size(25, 80, 0.78, 0.92, 'uniform'),
  lowerSecondary: size(25, 70, 0.62, 0.8, 'uniform'),
  upperSecondary: size(50, 120, 0.55, 0.72, 'uniform'),
  healthStation: size(6, 18, 0.6, 0.85, 'uniform'),
  peopleCommittee: size(18, 80, 0.3, 0.5, 'uniform'),
  centre: size(10, 60, 0.35, 0.6),
  medicalCentre: size(150, 350, 0.6, 0.75, 'uniform'),
  agency: size(10, 60, 0.35, 0.6),
  hospital: size(150, 500, 0.6, 0.75, 'uniform'),
  stateUtility: size(50, 800, 0.15, 0.35),
  statePower: size(80, 250, 0.12, 0.25, 'uniform'),
  stateService: size(15, 80, 0.45, 0.65),
} as const;

interface IndustryKind {
  readonly kind: UnionKind;
  readonly industries: readonly string[];
  readonly privateSize: Size;
  readonly fdiSize?: Size;
  readonly fdiIndustries?: readonly string[];
  /** Some kinds are also run as cooperatives (hợp tác xã). */
  readonly coop?: boolean;
}

const INDUSTRY_KINDS: Readonly<Record<string, IndustryKind>> = {
  garment: { kind: 'garment', industries: ['May', 'May mặc', 'May xuất khẩu', 'Dệt may'], privateSize: size(80, 3000, 0.75, 0.9), fdiSize: size(300, 5000, 0.8, 0.92), fdiIndustries: ['May mặc', 'Dệt may', 'Thời trang'] },
  footwear: { kind: 'footwear', industries: ['Giày da', 'Giày dép'], privateSize: size(150, 3000, 0.72, 0.88), fdiSize: size(500, 5000, 0.75, 0.9), fdiIndustries: ['Giày', 'Giày dép'] },
  construction: { kind: 'construction', industries: ['Xây dựng', 'Đầu tư và Xây dựng', 'Xây dựng và Thương mại', 'Tư vấn và Xây dựng'], privateSize: size(15, 300, 0.06, 0.18) },
  building_materials: { kind: 'building_materials', industries: ['Bê tông', 'Vật liệu xây dựng', 'Gạch Tuynel'], privateSize: size(20, 400, 0.1, 0.25) },
  mechanical: { kind: 'mechanical', industries: ['Cơ khí', 'Cơ khí chính xác', 'Kết cấu thép'], privateSize: size(15, 400, 0.1, 0.25), fdiSize: size(200, 2000, 0.15, 0.35), fdiIndustries: ['Kỹ thuật chính xác', 'Linh kiện ô tô', 'Cơ khí'] },
  electronics: { kind: 'electronics', industries: ['Điện tử', 'Thiết bị điện'], privateSize: size(30, 500, 0.5, 0.75), fdiSize: size(300, 5000, 0.6, 0.85), fdiIndustries: ['Điện tử', 'Linh kiện điện tử', 'Công nghệ'] },
  food: { kind: 'food', industries: ['Thực phẩm', 'Chế biến nông sản', 'Nước giải khát', 'Thức ăn chăn nuôi'], privateSize: size(20, 600, 0.45, 0.65), fdiSize: size(200, 1500, 0.45, 0.65), fdiIndustries: ['Thực phẩm', 'Thực phẩm chế biến'], coop: true },
  furniture: { kind: 'furniture', industries: ['Đồ gỗ', 'Nội thất', 'Chế biến gỗ'], privateSize: size(15, 300, 0.2, 0.4) },
  rattan_bamboo: { kind: 'rattan_bamboo', industries: ['Mây tre đan xuất khẩu', 'Mây tre giang đan', 'Thủ công mỹ nghệ'], privateSize: size(10, 250, 0.55, 0.8), coop: true },
  plastics_packaging: { kind: 'plastics_packaging', industries: ['Nhựa', 'Bao bì', 'In và Bao bì'], privateSize: size(20, 400, 0.3, 0.5), fdiSize: size(200, 1500, 0.35, 0.55), fdiIndustries: ['Nhựa', 'Bao bì'] },
  pharmaceutical: { kind: 'pharmaceutical', industries: ['Dược phẩm', 'Dược liệu'], privateSize: size(30, 300, 0.55, 0.7) },
  trade_services: { kind: 'trade_services', industries: ['Thương mại và Dịch vụ', 'Thương mại tổng hợp', 'Dịch vụ Môi trường', 'Du lịch'], privateSize: size(10, 150, 0.35, 0.6) },
  transport: { kind: 'transport', industries: ['Vận tải', 'Vận tải hành khách', 'Logistics'], privateSize: size(15, 250, 0.05, 0.2), coop: true },
};

type Generator = (ctx: GenContext) => Candidate;

function randomPlace(rng: Rng): Place {
  return rng.pick(PLACES);
}

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

function fixed(kind: UnionKind, sz: Size, names: readonly (readonly [string, string])[]): Generator {
  return ({ rng }) => {
    const [name, placeOf] = rng.pick(names);
    return { kind, organizationName: name, place: placeByName(placeOf), size: sz, disambiguation: 'numbered' };
  };
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

function unitCentral(u: NewUnit): Place {
  return placeByName(u.seat);
}

const PUBLIC_GENERATORS: readonly WeightedItem<Generator>[] = Object.freeze([
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

const STATE_GENERATORS: readonly WeightedItem<Generator>[] = Object.freeze([
  {
    weight: 55,
    value: ({ rng }): Candidate => {
      const field = rng.pick(['Thủy lợi', 'Đầu tư phát triển thủy lợi', 'Môi trường đô thị', 'Nước sạch', 'Cây xanh', 'Lâm nghiệp', 'Giống cây trồng', 'Quản lý và Sửa chữa đường bộ', 'Chăn nuôi']);
      const form = rng.chance(0.8) ? 'Công ty TNHH MTV' : 'Công ty Cổ phần';
      return {
        kind: 'state_utility',
        organizationName: `${form} ${field} ${rng.pick(STATE_AREAS)}`,
        place: randomPlace(rng),
        size: SIZES.stateUtility,
        disambiguation: 'enterprise',
      };
    },
  },
  {
    weight: 10,
    value: fixed('state_power', SIZES.statePower, [
      ['Công ty Điện lực Chương Mỹ', 'Chúc Sơn'],
      ['Đội Quản lý vận hành lưới điện cao thế Xuân Mai', 'Xuân Mai'],
    ]),
  },
  {
    weight: 35,
    value: ({ rng, post }): Candidate => {
      const names: readonly (readonly [string, string])[] = [
        [post ? 'Bưu điện Chương Mỹ' : 'Bưu điện huyện Chương Mỹ', 'Chúc Sơn'],
        ['Trung tâm Viễn thông Chương Mỹ', 'Chúc Sơn'],
        ['Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh Chương Mỹ', 'Chúc Sơn'],
        ['Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh Xuân Mai', 'Xuân Mai'],
        ['Ngân hàng Chính sách xã hội - Phòng giao dịch Chương Mỹ', 'Chúc Sơn'],
        ['Công ty Xăng dầu Hà Sơn Bình - Cửa hàng xăng dầu Chúc Sơn', 'Chúc Sơn'],
      ];
      if (rng.chance(0.4)) {
        return {
          kind: 'state_service',
          organizationName: `Công ty Cổ phần ${rng.pick(['Cấp nước', 'Vận tải', 'Đầu tư và Xây dựng', 'Thương mại'])} ${rng.pick(STATE_AREAS)}`,
          place: randomPlace(rng),
          size: SIZES.stateService,
          disambiguation: 'enterprise',
        };
      }
      const [name, pl] = rng.pick(names);
      return { kind: 'state_service', organizationName: name, place: placeByName(pl), size: SIZES.stateService, disambiguation: 'numbered' };
    },
  },
]);

function enterpriseSite(rng: Rng, p: Place): { place: Place; site?: string } {
  if (rng.chance(0.45)) {
    const s = rng.pick(SITES);
    return { place: s.place, site: s.label(rng) };
  }
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

const PRIVATE_GENERATORS: readonly WeightedItem<Generator>[] = Object.freeze([
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

const FDI_SUFFIXES: readonly WeightedItem<string>[] = Object.freeze([
  { value: 'Việt Nam', weight: 60 },
  { value: 'Vina', weight: 30 },
  { value: 'Hà Nội', weight: 10 },
]);

function fdiIndustry(key: keyof typeof INDUSTRY_KINDS, weight: number): WeightedItem<Generator> {
  const ik = INDUSTRY_KINDS[key]!;
  const industries = ik.fdiIndustries ?? ik.industries;
  const sz = ik.fdiSize ?? ik.privateSize;
  return {
    weight,
    value: ({ rng }): Candidate => {
      const organizationName = `Công ty TNHH ${rng.pick(industries)} ${rng.pick(FOREIGN_BRANDS)} ${rng.weighted(FDI_SUFFIXES)}`;
      const at = rng.chance(0.8)
        ? (() => {
            const s = rng.pick(SITES);
            return { place: s.place, site: s.label(rng) };
          })()
        : { place: randomPlace(rng) };
      return { kind: ik.kind, organizationName, ...at, size: sz, disambiguation: 'enterprise' };
    },
  };
}

const FDI_GENERATORS: readonly WeightedItem<Generator>[] = Object.freeze([
  fdiIndustry('electronics', 35),
  fdiIndustry('garment', 25),
  fdiIndustry('mechanical', 15),
  fdiIndustry('footwear', 10),
  fdiIndustry('plastics_packaging', 10),
  fdiIndustry('food', 5),
]);

interface Trade {
  readonly trade: string;
  readonly femaleMin: number;
  readonly femaleMax: number;
  readonly waters?: boolean;
  readonly places?: readonly string[];
}
const TRADES: readonly WeightedItem<Trade>[] = Object.freeze([
  { weight: 20, value: { trade: 'Xe ôm', femaleMin: 0, femaleMax: 0.08 } },
  { weight: 12, value: { trade: 'Nghề cá', femaleMin: 0.15, femaleMax: 0.35, waters: true } },
  { weight: 15, value: { trade: 'Mây tre đan', femaleMin: 0.55, femaleMax: 0.8, places: ['Phú Vinh', 'Phú Nghĩa', 'Trường Yên', 'Đông Phương Yên', 'Tiên Phương'] } },
  { weight: 10, value: { trade: 'Vận tải', femaleMin: 0.02, femaleMax: 0.12 } },
  { weight: 10, value: { trade: 'Xây dựng', femaleMin: 0.03, femaleMax: 0.15 } },
  { weight: 12, value: { trade: 'Tiểu thương chợ', femaleMin: 0.6, femaleMax: 0.85 } },
  { weight: 8, value: { trade: 'Giúp việc gia đình', femaleMin: 0.85, femaleMax: 1 } },
  { weight: 7, value: { trade: 'Bốc xếp', femaleMin: 0, femaleMax: 0.1 } },
  { weight: 6, value: { trade: 'Thợ mộc', femaleMin: 0, femaleMax: 0.08 } },
]);

const PROFESSIONAL_GENERATORS: readonly WeightedItem<Generator>[] = Object.freeze([
  {
    weight: 1,
    value: ({ rng }): Candidate => {
      const t = rng.weighted(TRADES);
      const p = randomPlace(rng);
      const where = t.waters ? rng.pick(WATERS) : t.places && rng.chance(0.6) ? rng.pick(t.places) : p.name;
      const target = t.trade === 'Tiểu thương chợ' ? `Tiểu thương chợ ${where}` : `${t.trade} ${where}`;
      return {
        kind: 'trade_association',
        organizationName: `Nghiệp đoàn ${target}`,
        place: p,
        size: size(15, 150, t.femaleMin, t.femaleMax),
        disambiguation: 'numbered',
      };
    },
  },
]);

const GENERATORS_BY_SECTOR: Readonly<Record<SectorCode, readonly WeightedItem<Generator>[]>> = {
  public_service: PUBLIC_GENERATORS,
  state_enterprise: STATE_GENERATORS,
  private_enterprise: PRIVATE_GENERATORS,
  fdi_enterprise: FDI_GENERATORS,
  professional_union: PROFESSIONAL_GENERATORS,
};

/**
 * Used once a sector's fixed names are all taken (large data sets): kinds whose names
 * can be told apart naturally (schools A/B/C, company branches).
 */
const FALLBACK_GENERATORS: Readonly<Record<SectorCode, readonly WeightedItem<Generator>[]>> = {
  public_service: Object.freeze(PUBLIC_GENERATORS.slice(0, 3)),
  state_enterprise: Object.freeze(STATE_GENERATORS.slice(0, 1)),
  private_enterprise: PRIVATE_GENERATORS,
  fdi_enterprise: FDI_GENERATORS,
  professional_union: PROFESSIONAL_GENERATORS,
};

// ---------------------------------------------------------------------------
// Names: uniqueness and short forms
// ---------------------------------------------------------------------------

const SCHOOL_LETTERS = ['A', 'B', 'C', 'D', 'E'];

function disambiguate(rng: Rng, c: Candidate, isTaken: (organizationName: string) => boolean): string {
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

function shortForm(organizationName: string): string {
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

// ---------------------------------------------------------------------------
// Grassroots unions
// ---------------------------------------------------------------------------

/** Probability that a union of the sector was dissolved in a past year (≈ 2 % overall). */
const DISSOLVED_SHARE: Readonly<Record<SectorCode, number>> = {
  public_service: 0.005,
  state_enterprise: 0.01,
  private_enterprise: 0.04,
  fdi_enterprise: 0.02,
  professional_union: 0.03,
};

/** Earliest founding year by sector, and whether recent years are more likely. */
const FOUNDING: Readonly<Record<SectorCode, { from: number; recent: boolean }>> = {
  public_service: { from: 1990, recent: false },
  state_enterprise: { from: 1990, recent: false },
  private_enterprise: { from: 1995, recent: true },
  fdi_enterprise: { from: 2003, recent: true },
  professional_union: { from: 2008, recent: false },
};

/** Share of unions founded in the working year itself. */
export const FOUNDED_IN_WORKING_YEAR_SHARE = 0.03;

/** Last founding date in the working year: the statistics cut-off of 30/11. */
export function lastFoundingDate(year: number): string {
  return `${year}-11-30`;
}

const PHONE_PREFIXES: readonly WeightedItem<string>[] = Object.freeze(
  (
    [
      // Viettel
      ['032', 3], ['033', 3], ['034', 3], ['035', 3], ['036', 3], ['037', 3], ['038', 3], ['039', 3],
      ['086', 4], ['096', 8], ['097', 9], ['098', 9],
      // VinaPhone
      ['081', 2], ['082', 2], ['083', 2], ['084', 2], ['085', 2], ['088', 3], ['091', 7], ['094', 5],
      // MobiFone
      ['070', 2], ['076', 2], ['077', 2], ['078', 2], ['079', 2], ['089', 2], ['090', 5], ['093', 3],
      // Vietnamobile, Gmobile
      ['052', 1], ['056', 1], ['058', 1], ['092', 1], ['059', 0.5], ['099', 0.5],
    ] as const
  ).map(([value, weight]) => ({ value, weight })),
);

/** A Vietnamese mobile number: 10 digits, starting 03/05/07/08/09. */
export function makeMobilePhone(rng: Rng): string {
  return rng.weighted(PHONE_PREFIXES) + String(rng.int(0, 9_999_999)).padStart(7, '0');
}

function makeWorkers(rng: Rng, sz: Size): { total: number; female: number } {
  const total = sz.dist === 'log' ? rng.logInt(sz.min, sz.max) : rng.int(sz.min, sz.max);
  const share = rng.float(sz.femaleMin, sz.femaleMax);
  const female = Math.min(total, Math.max(0, Math.round(total * share)));
  return { total, female };
}

function makeFoundedOn(rng: Rng, sector: SectorCode, year: number): string {
  if (rng.chance(FOUNDED_IN_WORKING_YEAR_SHARE)) {
    return rng.isoDateBetween(`${year}-01-01`, lastFoundingDate(year));
  }
  const f = FOUNDING[sector];
  const fromYear = Math.min(f.from, year - 1);
  const from = `${fromYear}-01-01`;
  const to = `${year - 1}-12-31`;
  const d = rng.isoDateBetween(from, to);
  if (!f.recent) return d;
  const d2 = rng.isoDateBetween(from, to);
  return d2 > d ? d2 : d;
}

function decisionSymbol(dateIso: string): string {
  return dateIso < REFORM_DATE ? 'LĐLĐ' : 'CĐP';
}

/**
 * `count` grassroots unions managed by the demo office in the working `year`,
 * numbered CS0001… in order of founding. Names and short names are unique.
 */
export function makeGrassrootsUnions(rng: Rng, count: number, year: number): GrassrootsUnionSeed[] {
  checkYear(year);
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  }
  const post = year >= 2025;
  const ctx: GenContext = { rng, post };
  const names = new Set<string>();
  const shortNames = new Set<string>();
  const lastDissolution = `${year - 1}-12-31`;
  const drafts: Omit<GrassrootsUnionSeed, 'code'>[] = [];

  for (let i = 0; i < count; i++) {
    const sector = rng.weighted(SECTOR_SHARES);
    const generators = GENERATORS_BY_SECTOR[sector];
    let c = rng.weighted(generators)(ctx);
    for (let attempt = 0; attempt < 12 && names.has(fullUnionName(c)); attempt++) {
      c = rng.weighted(generators)(ctx);
    }
    if (names.has(fullUnionName(c)) && c.disambiguation === 'numbered') {
      // "Ủy ban nhân dân xã X số 2" would be absurd: fall back to kinds that can repeat.
      const fallback = FALLBACK_GENERATORS[sector];
      c = rng.weighted(fallback)(ctx);
      for (let attempt = 0; attempt < 4 && names.has(fullUnionName(c)); attempt++) {
        c = rng.weighted(fallback)(ctx);
      }
    }
    const organizationName = names.has(fullUnionName(c))
      ? disambiguate(rng, c, (org) => names.has(fullUnionName({ kind: c.kind, organizationName: org })))
      : c.organizationName;
    const name = fullUnionName({ ...c, organizationName });
    names.add(name);

    const shortPrefix = c.kind === 'trade_association' ? 'NĐ ' : 'CĐCS ';
    let shortName = shortPrefix + shortForm(organizationName);
    if (shortNames.has(shortName)) shortName = shortPrefix + organizationName;
    for (let n = 2; shortNames.has(shortName); n++) shortName = `${shortPrefix}${organizationName} (${n})`;
    shortNames.add(shortName);

    const address = c.site !== undefined ? `${c.site}, ${adminArea(c.place, post)}` : addressIn(rng, c.place, post);
    const foundedOn = makeFoundedOn(rng, sector, year);
    const foundingDecision = `${rng.int(1, 199)}/QĐ-${decisionSymbol(foundedOn)}`;
    const workers = makeWorkers(rng, c.size);
    const femaleShare = workers.total > 0 ? workers.female / workers.total : 0;
    const chairSex = rng.chance(0.05 + 0.85 * femaleShare) ? 'female' : 'male';
    const chairNameParts = makePersonName(rng, chairSex);

    let dissolvedOn: string | null = null;
    if (rng.chance(DISSOLVED_SHARE[sector])) {
      const earliest = addDaysIso(foundedOn, 365);
      if (isoToDayNumber(earliest) <= isoToDayNumber(lastDissolution)) {
        dissolvedOn = rng.isoDateBetween(earliest, lastDissolution);
      }
    }

    drafts.push({
      name,
      shortName,
      organizationName,
      sector,
      kind: c.kind,
      address,
      foundedOn,
      foundingDecision,
      workersTotal: workers.total,
      workersFemale: workers.female,
      chairName: chairNameParts.fullName,
      chairNameParts,
      chairSex,
      phone: makeMobilePhone(rng),
      dissolvedOn,
    });
  }

  // Number in order of founding (stable: ties keep generation order).
  const order = drafts.map((d, i) => ({ d, i }));
  order.sort((a, b) => (a.d.foundedOn < b.d.foundedOn ? -1 : a.d.foundedOn > b.d.foundedOn ? 1 : a.i - b.i));
  const width = Math.max(4, String(count).length);
  return order.map(({ d }, n) => ({ code: `CS${String(n + 1).padStart(width, '0')}`, ...d }));
}

function fullUnionName(c: Pick<Candidate, 'kind' | 'organizationName'>): string {
  return c.kind === 'trade_association' ? c.organizationName : `Công đoàn cơ sở ${c.organizationName}`;
}
