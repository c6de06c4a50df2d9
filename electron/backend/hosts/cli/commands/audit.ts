import { formatDateVi, isValidIsoDate } from '../../../../../shared/domain/format/date';
import type { AuditEntryView } from '../../../../../shared/audit/model';
import type { Command, CommandContext } from '../context';

/** The shape scripts rely on (issue #14): keep these names. */
const cliItem = (row: AuditEntryView) => ({ at: row.at, action: row.action, entity: row.entity, entityId: row.entityId, summary: row.summary });

const when = (at: string) => `${formatDateVi(at.slice(0, 10))} ${at.slice(11, 16)}`;

async function list(cx: CommandContext) {
  const since = cx.values.since;
  if (since !== undefined && (typeof since !== 'string' || !isValidIsoDate(since))) {
    throw cx.usageError('badArguments', { command: 'audit list', reason: `--since ${String(since)} (YYYY-MM-DD)` });
  }
  const entity = typeof cx.values.entity === 'string' ? cx.values.entity : undefined;
  const page = await cx.call('audit:list', { limit: cx.integer('limit', 1000), ...(entity ? { entity } : {}), ...(since ? { since } : {}) });
  const lines = page.rows.map((row) => cx.message('auditLine', { at: when(row.at), actor: row.actor, summary: row.summary }));
  if (page.total > page.rows.length) lines.push(cx.message('auditMore', { count: page.total - page.rows.length }));
  return { json: page.rows.map(cliItem), text: lines.length === 0 ? cx.message('auditNone') : lines.join('\n') };
}

/** `uniondesk audit list …`. */
export const audit: Command = {
  options: { entity: { type: 'string' }, since: { type: 'string' }, limit: { type: 'string' } },
  run(cx) {
    if (cx.positionals[1] === 'list') return list(cx);
    throw cx.usageError('missingArgument', { command: 'audit', what: 'list' });
  },
};
