import type { UnionPosition } from '../../../../shared/members/model';
import { foldLabel } from '../fields/types';
import { fail, ok, type ValueResult } from '../problems/types';
import type { Cell } from '../workbook/types';
import { displayValue } from '../values/cellText';

/** Folded beginnings of the usual ways to write each union position, most specific first. */
const PREFIXES: readonly (readonly [string, UnionPosition])[] = [
  ['pho chu tich', 'vice_chair'],
  ['pct', 'vice_chair'],
  ['chu tich', 'chair'],
  ['ct cd', 'chair'],
  ['uy vien ban chap hanh', 'executive_member'],
  ['uy vien bch', 'executive_member'],
  ['uv bch', 'executive_member'],
  ['uvbch', 'executive_member'],
  ['chu nhiem ubkt', 'inspection_member'],
  ['chu nhiem uy ban kiem tra', 'inspection_member'],
  ['uy vien ubkt', 'inspection_member'],
  ['uy vien uy ban kiem tra', 'inspection_member'],
  ['uv ubkt', 'inspection_member'],
  ['uvubkt', 'inspection_member'],
  ['uvkt', 'inspection_member'],
  ['to truong', 'group_leader'],
  ['to pho', 'group_deputy'],
];

const NONE = new Set(['', 'doan vien', 'dv', 'khong', 'khong co', 'thanh vien']);
const EXACT: Readonly<Record<string, UnionPosition>> = { ct: 'chair', ...Object.fromEntries(PREFIXES) };

/**
 * Read "Chức vụ công đoàn": Chủ tịch, Phó Chủ tịch (PCT), Ủy viên BCH, Ủy viên UBKT, Tổ trưởng,
 * Tổ phó, or blank / "Đoàn viên" for none; stored by code. Problem: invalidPosition.
 */
export function readUnionPosition(cell: Cell): ValueResult<UnionPosition> {
  const folded = cell === null ? '' : foldLabel(displayValue(cell));
  if (NONE.has(folded)) return ok('none');
  const exact = EXACT[folded];
  if (exact !== undefined) return ok(exact);
  for (const [prefix, position] of PREFIXES) {
    if (folded.startsWith(`${prefix} `)) return ok(position);
  }
  return fail('invalidPosition', { value: displayValue(cell) });
}
