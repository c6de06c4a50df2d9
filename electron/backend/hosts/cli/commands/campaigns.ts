import type { CampaignWithTotals } from '../../../../../shared/campaigns/model';
import { formatDateVi } from '../../../../../shared/domain/format/date';
import { formatNumber } from '../../../../../shared/domain/format/number';
import type { Command, CommandContext } from '../context';

/** The item shape scripts rely on (issue #4): keep these names. */
const cliItem = (c: CampaignWithTotals) => ({
  id: c.id,
  name: c.name,
  kind: c.kind,
  year: c.year,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  planNumber: c.planNumber,
  planDate: c.planDate,
  launchedBy: c.launchedBy,
  totals: c.totals,
});

const date = (iso: string | null) => (iso ? formatDateVi(iso) : '');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((cell, i) => (i >= 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

async function list(cx: CommandContext) {
  const year = cx.values.year === undefined ? (await cx.call('settings:get', {}))['office.workingYear'] : cx.integer('year', 0);
  const campaigns = await cx.call('campaigns:list', { year });
  if (campaigns.length === 0) return { json: [], text: cx.message('campaignsNone', { year }) };
  const rows = campaigns.map((c) => [
    c.name,
    cx.message(`campaignKind_${c.kind}`),
    c.startsOn || c.endsOn ? `${date(c.startsOn)}–${date(c.endsOn)}` : '',
    [c.planNumber, date(c.planDate)].filter(Boolean).join(' '),
    ...[c.totals.works.grassroots, c.totals.works.upper, c.totals.works.plaque, c.totals.initiatives.count, c.totals.contests.contestants, c.totals.contests.prizeWinners, c.totals.honours.count].map((n) => formatNumber(n)),
  ]);
  const text = `${cx.message('campaignsHeader', { year })}\n${table([cx.message('campaignsColumns').split('|'), ...rows])}`;
  return { json: campaigns.map(cliItem), text };
}

/** `uniondesk campaigns …` (the campaigns domain). */
export const campaigns: Command = {
  options: { year: { type: 'string' } },
  run(cx) {
    if (cx.positionals[1] === 'list') return list(cx);
    throw cx.usageError('missingArgument', { command: 'campaigns', what: 'list' });
  },
};
