import type { Proposal } from './model';

/** One printed row of the list sent upward; section rows ("I. TẬP THỂ") have no achievement. */
export interface ListRow {
  tt: string;
  name: string;
  unit: string;
  achievement: string;
  form: string;
  note: string;
  section: boolean;
}

const ROMAN = ['I', 'II'];

/** Collectives first, then individuals (as the upper level's form lists them); rejected rows are left out. */
export function proposalListRows(proposal: Proposal): ListRow[] {
  const form = proposal.formName ?? proposal.titleName ?? '';
  const rows: ListRow[] = [];
  const groups = [
    { kind: 'collective', label: 'TẬP THỂ' },
    { kind: 'individual', label: 'CÁ NHÂN' },
  ] as const;
  let section = 0;
  for (const group of groups) {
    const items = proposal.items.filter((i) => i.recipientKind === group.kind && i.status !== 'rejected');
    if (items.length === 0) continue;
    rows.push({ tt: ROMAN[section++] ?? '', name: group.label, unit: '', achievement: '', form: '', note: '', section: true });
    items.forEach((item, index) => {
      rows.push({ tt: String(index + 1), name: item.recipientName, unit: item.recipientUnit, achievement: item.achievement, form, note: item.note, section: false });
    });
  }
  return rows;
}

export function countByKind(proposal: Proposal): { collectives: number; individuals: number } {
  const live = proposal.items.filter((i) => i.status !== 'rejected');
  return { collectives: live.filter((i) => i.recipientKind === 'collective').length, individuals: live.filter((i) => i.recipientKind === 'individual').length };
}
