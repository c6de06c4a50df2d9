import type { MemberDraft, UnionPosition } from '../../../shared/members/model';
import { makePersonName } from './names';
import { makeMobilePhone } from './phoneNumbers';
import type { Rng } from './random';
import type { SectorCode, Sex } from './types';

export interface SeedUnion {
  id: number;
  sector: SectorCode;
  foundedOn: string;
  workersTotal: number;
  workersFemale: number;
}

const OCCUPATIONS: Record<SectorCode, readonly string[]> = {
  public_service: ['Giáo viên', 'Nhân viên văn phòng', 'Bác sĩ', 'Điều dưỡng', 'Kế toán', 'Chuyên viên', 'Cán bộ'],
  state_enterprise: ['Kỹ sư', 'Công nhân vận hành', 'Nhân viên kinh doanh', 'Kế toán', 'Thợ điện'],
  private_enterprise: ['Công nhân may', 'Công nhân xây dựng', 'Thợ cơ khí', 'Nhân viên bán hàng', 'Lái xe', 'Kế toán'],
  fdi_enterprise: ['Công nhân lắp ráp', 'Công nhân may', 'Kỹ thuật viên', 'Tổ trưởng sản xuất', 'Nhân viên kiểm hàng'],
  professional_union: ['Lái xe ôm', 'Ngư dân', 'Thợ mộc', 'Buôn bán nhỏ'],
};
const QUALIFICATIONS = ['Đại học', 'Cao đẳng', 'Trung cấp', 'Sơ cấp', 'Công nhân kỹ thuật', ''] as const;
const ETHNICITIES = [
  { value: 'Kinh', weight: 95 },
  { value: 'Mường', weight: 3 },
  { value: 'Tày', weight: 1 },
  { value: 'Thái', weight: 0.5 },
  { value: 'Dao', weight: 0.5 },
];
const RELIGIONS = [
  { value: 'Không', weight: 88 },
  { value: 'Phật giáo', weight: 8 },
  { value: 'Công giáo', weight: 4 },
];
const HOMETOWNS = ['Hà Nội', 'Nam Định', 'Thái Bình', 'Hà Nam', 'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Hải Dương', 'Hưng Yên', 'Phú Thọ', 'Hòa Bình', 'Bắc Giang'];

/** CCCD: province of registration (001 Hà Nội), sex-and-century digit, birth year, a serial. */
export class CccdSerials {
  private readonly next = new Map<string, number>();
  make(rng: Rng, birthYear: number, sex: Sex): string {
    const province = rng.chance(0.7) ? '001' : rng.pick(['036', '034', '035', '037', '038', '040', '030', '033']);
    const century = birthYear >= 2000 ? 2 : 0;
    const prefix = `${province}${century + (sex === 'female' ? 1 : 0)}${String(birthYear % 100).padStart(2, '0')}`;
    const serial = (this.next.get(prefix) ?? rng.int(0, 500)) + 1;
    this.next.set(prefix, serial);
    return `${prefix}${String(serial).padStart(6, '0')}`;
  }
}

function pickPosition(rng: Rng, index: number): UnionPosition {
  if (index === 0) return 'chair';
  if (index === 1) return 'vice_chair';
  if (index < 7) return 'executive_member';
  if (index < 9) return 'inspection_member';
  return rng.chance(0.05) ? 'group_leader' : 'none';
}

/** One member of a union; `index` is their place in the union (0 is the chair). */
export function makeMember(rng: Rng, union: SeedUnion, index: number, year: number, cccd: CccdSerials): MemberDraft {
  const femaleShare = union.workersTotal > 0 ? union.workersFemale / union.workersTotal : 0.5;
  const sex: Sex = rng.chance(femaleShare) ? 'female' : 'male';
  const name = makePersonName(rng, sex);
  const birthYear = rng.int(year - 60, year - 19);
  const birthDate = rng.chance(0.03) ? String(birthYear) : rng.isoDateBetween(`${birthYear}-01-01`, `${birthYear}-12-31`);
  const adult = `${birthYear + 18}-06-01`;
  const joinFrom = adult > union.foundedOn ? adult : union.foundedOn;
  const joinedOn = rng.isoDateBetween(joinFrom < `${year}-11-30` ? joinFrom : `${year}-01-01`, `${year}-11-30`);
  return {
    organizationId: union.id,
    fullName: name.fullName,
    birthDate,
    sex,
    ethnicity: rng.weighted(ETHNICITIES),
    religion: rng.weighted(RELIGIONS),
    hometown: rng.pick(HOMETOWNS),
    cccd: rng.chance(0.97) ? cccd.make(rng, birthYear, sex) : null,
    cccdIssuedOn: null,
    cccdIssuedBy: 'Cục Cảnh sát QLHC về TTXH',
    phone: rng.chance(0.9) ? makeMobilePhone(rng) : '',
    education: '12/12',
    qualification: rng.pick(QUALIFICATIONS),
    politicalTheory: rng.chance(0.15) ? 'Sơ cấp' : '',
    partyMember: rng.chance(0.12),
    occupation: rng.pick(OCCUPATIONS[union.sector]),
    unionPosition: pickPosition(rng, index),
    joinedOn,
    cardNumber: rng.chance(0.8) ? `HN${String(rng.int(0, 99_999_999)).padStart(8, '0')}` : '',
    cardIssuedOn: null,
  };
}

/** Members per union in proportion to its workers, adding up to `total`. */
export function membersPerUnion(unions: readonly SeedUnion[], total: number): number[] {
  const weights = unions.map((u) => Math.max(1, u.workersTotal));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((w / sum) * total));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % counts.length, rest--) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}
