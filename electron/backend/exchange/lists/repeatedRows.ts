import { foldVietnamese } from '../../../../shared/domain/text/normalize';
import type { RowContext } from '../rows/rowContext';
import type { ListDraft } from './drafts';

/** The field a repeated entry is reported on, and what makes two rows the same entry. */
interface EntryKey {
  field: string;
  value: string;
  key: string;
}

const folded = (...parts: (string | number | null)[]) => parts.map((part) => (typeof part === 'string' ? foldVietnamese(part) : String(part ?? ''))).join('|');

/**
 * One entry of a campaign list: the folded title or name with its CĐCS (and, for honours, the
 * title; for contestants, the contest). Criteria may repeat (a section heading, a bonus line).
 */
function entryKey(row: ListDraft): EntryKey | null {
  switch (row.kind) {
    case 'works':
      return { field: 'name', value: row.draft.name, key: folded(row.draft.name, row.draft.organizationId) };
    case 'initiatives':
      return { field: 'title', value: row.draft.title, key: folded(row.draft.title, row.draft.organizationId) };
    case 'honours':
      return { field: 'recipientName', value: row.draft.recipientName, key: folded(row.draft.recipientName, row.draft.title, row.draft.organizationId) };
    case 'contestants':
      return { field: 'contestantName', value: row.draft.contestantName, key: folded(row.draft.contestantName, row.contestId, row.draft.organizationId) };
    case 'criteria':
      return null;
  }
}

/**
 * A checker for one file: a row that is the same entry as an earlier row is reported as
 * duplicateInFile with both sheet row numbers (the list imports are all or nothing).
 */
export function repeatedEntryChecker(): (ctx: RowContext, row: ListDraft) => void {
  const firstRows = new Map<string, number>();
  return (ctx, row) => {
    const entry = entryKey(row);
    if (entry === null) return;
    const firstRow = firstRows.get(entry.key);
    if (firstRow === undefined) firstRows.set(entry.key, ctx.row);
    else ctx.report(entry.field, 'duplicateInFile', { firstRow, row: ctx.row, by: 'listEntry', value: entry.value });
  };
}
