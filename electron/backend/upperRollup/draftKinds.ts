import type { Db } from '../db/connection';
import { columns, intOrNull, statement, text } from '../db/rows';

const kindsOfDecisionSql = statement(
  `SELECT a.form_kind_id AS formKindId, a.title_kind_id AS titleKindId,
          trim(coalesce(f.name, '') || CASE WHEN f.name IS NOT NULL AND t.name IS NOT NULL THEN ' – ' ELSE '' END || coalesce(t.name, '')) AS name
     FROM awards a
     LEFT JOIN award_kinds f ON f.id = a.form_kind_id
     LEFT JOIN award_kinds t ON t.id = a.title_kind_id
    WHERE a.decision_id = ?
    GROUP BY a.form_kind_id, a.title_kind_id
    ORDER BY min(a.position), min(a.id)`,
  columns({ formKindId: intOrNull, titleKindId: intOrNull, name: text }),
);

export interface DraftKind {
  formKindId: number | null;
  titleKindId: number | null;
  name: string;
}

/** The distinct award forms and titles of a decision's rows, in the order they first appear. */
export function kindsOfDecision(db: Db, decisionId: number): DraftKind[] {
  return kindsOfDecisionSql(db).all(decisionId);
}

/** The one form and title every row has, or none when they differ. */
export function sharedKind(kinds: readonly Pick<DraftKind, 'formKindId' | 'titleKindId'>[]): Pick<DraftKind, 'formKindId' | 'titleKindId'> {
  const [first] = kinds;
  const same = first !== undefined && kinds.every((k) => k.formKindId === first.formKindId && k.titleKindId === first.titleKindId);
  return same ? { formKindId: first.formKindId, titleKindId: first.titleKindId } : { formKindId: null, titleKindId: null };
}
