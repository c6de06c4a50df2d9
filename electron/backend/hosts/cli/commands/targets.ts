import { formatDateVi } from '../../../../../shared/domain/format/date';
import { formatNumber } from '../../../../../shared/domain/format/number';
import type { TargetStatus, TargetView } from '../../../../../shared/statistics/targets';
import type { Command, CommandContext } from '../context';

const STATUS_KEYS = { met: 'targetStatusMet', exceeded: 'targetStatusExceeded', not_met: 'targetStatusNotMet' } as const satisfies Record<TargetStatus, string>;

/** The shape scripts rely on (issue #4): keep these names. */
const cliItem = (t: TargetView) => ({
  code: t.code,
  name: t.assigneeName ? `${t.name} (${t.assigneeName})` : t.name,
  unit: t.unit,
  target: t.target,
  actual: t.actual,
  percent: t.percent,
  source: t.source,
});

function line(cx: CommandContext, t: TargetView): string {
  const item = cliItem(t);
  return cx.message('targetsLine', {
    code: item.code,
    name: item.name,
    target: formatNumber(t.target),
    unit: t.unit,
    actual: t.actual === null ? cx.message('targetsNoActual') : formatNumber(t.actual),
    percent: t.percent === null ? '' : `${formatNumber(t.percent, 1)}%`,
    status: t.status ? cx.message(STATUS_KEYS[t.status]) : '',
    source: cx.message(t.source === 'data' ? 'targetSourceData' : 'targetSourceManual'),
  });
}

async function report(cx: CommandContext) {
  const settings = await cx.call('settings:get', {});
  const year = cx.integer('year', settings['office.workingYear']);
  const list = await cx.call('targets:list', { year });
  const header = cx.message('targetsHeader', { year, from: formatDateVi(list.period.from), to: formatDateVi(list.period.to) });
  const text = list.targets.length === 0 ? cx.message('targetsNone', { year }) : [header, ...list.targets.map((t) => line(cx, t))].join('\n');
  return { json: list.targets.map(cliItem), text };
}

/** `uniondesk targets …` (the statistics domain). */
export const targets: Command = {
  options: { year: { type: 'string' } },
  run(cx) {
    if (cx.positionals[1] === 'report') return report(cx);
    throw cx.usageError('missingArgument', { command: 'targets', what: 'report' });
  },
};
