import type { ListedRecipient } from './recipientList';

/**
 * How a pasted or imported name was tied to the office's records: the same name (and unit),
 * the same name typed without diacritics plus its unit, several possible (the clerk chooses),
 * or none (the award keeps the name as text).
 */
export type MatchStatus = 'exact' | 'folded' | 'ambiguous' | 'none';

export interface MatchCandidate {
  memberId: number | null;
  organizationId: number | null;
  /** "Nguyễn Văn Đức — 1985 — CĐCS Cty May 10", what the clerk chooses from. */
  label: string;
}

export interface MatchedRecipient extends ListedRecipient {
  memberId: number | null;
  organizationId: number | null;
  match: MatchStatus;
  /** Filled when the match is ambiguous. */
  candidates: MatchCandidate[];
}
