import { RECIPIENT_KINDS, type AwardRecipient } from '../../../shared/awards/model';
import { columns, intOrNull, oneOf, text, type RowOf } from '../db/rows';

/** Who an award (or a proposal row) is for, as the awards and award_proposal_items tables both store it. */
export const recipientColumns = columns({
  recipient_kind: oneOf(RECIPIENT_KINDS),
  member_id: intOrNull,
  organization_id: intOrNull,
  recipient_name: text,
  recipient_unit: text,
  achievement: text,
});

/** The same columns read under their camel-case names, as `recipientSelect` names them. */
export const recipientFields = columns({
  recipientKind: oneOf(RECIPIENT_KINDS),
  memberId: intOrNull,
  organizationId: intOrNull,
  recipientName: text,
  recipientUnit: text,
  achievement: text,
});

/** `a.recipient_kind, a.member_id, …` for a SELECT of the rows of table alias `alias`. */
export function recipientColumnList(alias: string): string {
  return Object.keys(recipientColumns)
    .map((column) => `${alias}.${column}`)
    .join(', ');
}

/** `a.recipient_kind AS recipientKind, …`: the recipient columns under the names of `recipientFields`. */
export function recipientSelect(alias: string): string {
  const names = Object.keys(recipientFields);
  return Object.keys(recipientColumns)
    .map((column, i) => (column === names[i] ? `${alias}.${column}` : `${alias}.${column} AS ${names[i]}`))
    .join(', ');
}

export function recipientOf(row: RowOf<typeof recipientColumns>): AwardRecipient {
  return {
    recipientKind: row.recipient_kind,
    memberId: row.member_id,
    organizationId: row.organization_id,
    recipientName: row.recipient_name,
    recipientUnit: row.recipient_unit,
    achievement: row.achievement,
  };
}
