import type { Proposal } from '../../../shared/proposals/model';
import type { Settings } from '../../../shared/settings/schema';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import type { Db } from '../db/connection';
import { getSettings } from '../settings';
import { columns, int, statement, text } from '../db/rows';

/** What went up: the proposal with its rows as they were, and the office's settings the letter was printed with. */
export interface SentCopy {
  version: number;
  sentAt: string;
  proposal: Proposal;
  settings: Settings;
}

const lastSql = statement(
  'SELECT version, sent_at AS sentAt, snapshot FROM award_proposal_sends WHERE proposal_id = ? ORDER BY version DESC LIMIT 1',
  columns({ version: int, sentAt: text, snapshot: text }),
);
const insertSql = statement('INSERT INTO award_proposal_sends (proposal_id, version, sent_at, snapshot) VALUES (?, ?, ?, ?)');

export function lastSent(db: Db, proposalId: number): { version: number; sentAt: string } | null {
  const row = lastSql(db).get(proposalId);
  return row ? { version: row.version, sentAt: row.sentAt } : null;
}

/** The last copy sent, exactly as it was, or null before the first sending. */
export function sentCopy(db: Db, proposalId: number): SentCopy | null {
  const row = lastSql(db).get(proposalId);
  if (!row) return null;
  const { proposal, settings } = JSON.parse(row.snapshot) as { proposal: Proposal; settings: Settings };
  return { version: row.version, sentAt: row.sentAt, proposal: { ...proposal, sent: { version: row.version, sentAt: row.sentAt } }, settings };
}

/**
 * "Gửi lên cấp trên": freezes the letter and its list as the next numbered copy. Needs the letter's
 * number, date and at least one row; rows already decided are not sent again.
 */
export function sendProposal(ctx: BackendContext, proposal: Proposal): number {
  if (proposal.number.trim() === '' || proposal.submittedOn === null) throw new AppError('PROPOSAL_SEND_INCOMPLETE', { field: proposal.number.trim() === '' ? 'number' : 'submittedOn' });
  if (proposal.items.length === 0) throw new AppError('PROPOSAL_SEND_EMPTY');
  const at = ctx.now().toISOString();
  const version = (lastSent(ctx.db, proposal.id)?.version ?? 0) + 1;
  const snapshot = JSON.stringify({ proposal: { ...proposal, sent: null }, settings: getSettings(ctx.db, ctx.now()) });
  ctx.db.transaction(() => {
    insertSql(ctx.db).run(proposal.id, version, at, snapshot);
    writeAudit(ctx.db, ctx.actor, at, { action: 'send', entity: 'award_proposals', entityId: proposal.id, after: { version, number: proposal.number, items: proposal.items.length } });
  })();
  return version;
}
