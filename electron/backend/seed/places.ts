/**
 * Geography of the demo data: the former Chương Mỹ district of Hà Nội (2 towns, 30
 * communes) and the six wards/communes that replaced it on 1/7/2025 (phường Chương Mỹ,
 * xã Phú Nghĩa, Xuân Mai, Trần Phú, Hòa Phú, Quảng Bị), with the places where
 * enterprises cluster and the postal addresses written before and after the reform.
 *
 * Which old commune went into which new unit is an approximation good enough for demo
 * data, not an official reference. Pure: everything random comes from the given Rng.
 */

import type { Rng } from './random';

export interface NewUnit {
  readonly name: string;
  readonly type: 'phường' | 'xã';
  /** The old town/commune where the new unit has its seat (for addresses). */
  readonly seat: string;
}

export interface Place {
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
export const NEW_UNITS: readonly NewUnit[] = [
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

export const PLACES: readonly Place[] = [
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

/** The old town or commune of that name; throws for an unknown one. */
export function placeByName(name: string): Place {
  const p = PLACES.find((x) => x.name === name);
  if (!p) throw new Error(`Unknown place ${name}`);
  return p;
}

/** A uniformly chosen old town or commune. */
export function randomPlace(rng: Rng): Place {
  return rng.pick(PLACES);
}

/** The old town/commune where a new unit has its seat. */
export function unitCentral(u: NewUnit): Place {
  return placeByName(u.seat);
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

/** A uniformly chosen site, with its address label (a kilometre post is drawn for roads). */
export function pickSite(rng: Rng): { place: Place; site: string } {
  const s = rng.pick(SITES);
  return { place: s.place, site: s.label(rng) };
}

/** Commune/ward, (district,) city: the administrative part of an address. */
export function adminArea(p: Place, postReform: boolean): string {
  return postReform
    ? `${p.unit.type} ${p.unit.name}, thành phố Hà Nội`
    : `${p.type} ${p.name}, huyện Chương Mỹ, thành phố Hà Nội`;
}

/** A hamlet (thôn or tổ dân phố) of the place, with its administrative area. */
export function addressIn(rng: Rng, p: Place, postReform: boolean): string {
  let hamlet = rng.pick(p.hamlets);
  // Inside a ward (phường) residents are grouped in tổ dân phố, not thôn.
  if (postReform && p.unit.type === 'phường' && hamlet.startsWith('Thôn ')) {
    hamlet = `Tổ dân phố ${hamlet.slice('Thôn '.length)}`;
  }
  return `${hamlet}, ${adminArea(p, postReform)}`;
}
