import type { Locale } from '../i18n/locale';
import type { MemberStatus, MovementKind, Sex, UnionPosition } from './model';

/** Names shown for stored codes, in exports and printouts as on screen. */
export const memberLabels: Record<
  Locale,
  { sex: Record<Sex, string>; status: Record<MemberStatus, string>; position: Record<UnionPosition, string>; movement: Record<MovementKind, string>; yes: string }
> = {
  vi: {
    sex: { male: 'Nam', female: 'Nữ' },
    status: { active: 'Đang sinh hoạt', transferred_out: 'Đã chuyển đi', left: 'Thôi sinh hoạt', deceased: 'Từ trần' },
    position: {
      chair: 'Chủ tịch',
      vice_chair: 'Phó Chủ tịch',
      executive_member: 'Ủy viên BCH',
      inspection_member: 'Ủy viên UBKT',
      group_leader: 'Tổ trưởng',
      group_deputy: 'Tổ phó',
      none: '',
    },
    movement: { admitted: 'Kết nạp', transferred_in: 'Chuyển đến', transferred_out: 'Chuyển đi', left: 'Thôi sinh hoạt', deceased: 'Từ trần' },
    yes: 'x',
  },
  en: {
    sex: { male: 'Male', female: 'Female' },
    status: { active: 'Active', transferred_out: 'Transferred out', left: 'Left', deceased: 'Deceased' },
    position: {
      chair: 'Chair',
      vice_chair: 'Vice chair',
      executive_member: 'Executive committee member',
      inspection_member: 'Inspection committee member',
      group_leader: 'Group leader',
      group_deputy: 'Deputy group leader',
      none: '',
    },
    movement: { admitted: 'Admitted', transferred_in: 'Transferred in', transferred_out: 'Transferred out', left: 'Left', deceased: 'Deceased' },
    yes: 'x',
  },
};
