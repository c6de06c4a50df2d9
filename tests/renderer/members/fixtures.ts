import type { Member, MemberListItem, Movement } from '@shared/members/model';
import type { UnionDetail, UnionListItem } from '@shared/organizations/union';

export function union(id: number, code: string, name: string): UnionListItem {
  return {
    id,
    code,
    name,
    shortName: '',
    sector: 'private_enterprise',
    foundedOn: null,
    dissolvedOn: null,
    workersTotal: null,
    workersFemale: null,
    chairName: '',
    phone: '',
    activeMembers: 0,
  };
}

export function unionDetail(item: UnionListItem): UnionDetail {
  return { ...item, provinceCode: null, wardName: '', address: '', foundingDecision: '', dissolutionDecision: '', managedByUs: true, management: [] };
}

export const UNIONS = [union(7, 'CS0007', 'Công đoàn cơ sở Công ty May Sông Hồng'), union(8, 'CS0008', 'Công đoàn cơ sở Trường Mầm non Ánh Dương')];

export function listItem(id: number, fullName: string, extra: Partial<MemberListItem> = {}): MemberListItem {
  return {
    id,
    fullName,
    birthDate: '1985-03-05',
    sex: 'female',
    cccd: '001185000123',
    phone: '0912345678',
    cardNumber: `HN${id}`,
    unionPosition: 'none',
    status: 'active',
    joinedOn: '2010-05-01',
    unionCode: 'CS0007',
    unionName: UNIONS[0]!.name,
    unionShortName: '',
    ...extra,
  };
}

export function member(id: number, fullName: string, extra: Partial<Member> = {}): Member {
  return {
    id,
    organizationId: 7,
    fullName,
    familyName: fullName.split(' ')[0]!,
    middleName: '',
    givenName: fullName.split(' ').at(-1)!,
    birthDate: '1985',
    sex: 'female',
    ethnicity: 'Kinh',
    religion: 'Không',
    hometown: 'Hà Nội',
    cccd: '001185000123',
    cccdIssuedOn: '2021-04-10',
    cccdIssuedBy: 'Cục Cảnh sát QLHC về TTXH',
    phone: '0912345678',
    education: '12/12',
    qualification: 'Đại học',
    politicalTheory: '',
    partyMember: false,
    occupation: 'Kế toán',
    unionPosition: 'none',
    joinedOn: '2010-05-01',
    cardNumber: 'HN001',
    cardIssuedOn: null,
    status: 'active',
    organizationCode: 'CS0007',
    organizationName: UNIONS[0]!.name,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

export function movement(id: number, extra: Partial<Movement>): Movement {
  return {
    id,
    memberId: 1,
    kind: 'admitted',
    date: '2010-05-01',
    decisionNo: '',
    fromOrganizationId: null,
    fromOrganizationName: '',
    toOrganizationId: 7,
    toOrganizationName: UNIONS[0]!.name,
    note: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}
