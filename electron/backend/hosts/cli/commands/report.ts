import path from 'node:path';
import { formatNumber } from '../../../../../shared/domain/format/number';
import type { Command, CommandContext } from '../context';
import { reportsCli } from '../domainMessages/reports';

const FORMATS = ['docx', 'xlsx', 'pdf'] as const;

function year(cx: CommandContext, command: string): number {
  if (cx.values.year === undefined) throw cx.usageError('missingArgument', { command, what: '--year Y' });
  return cx.integer('year', 0);
}

const text = (cx: CommandContext, key: keyof (typeof reportsCli)['vi'], params: Record<string, string>) =>
  Object.entries(params).reduce((s, [k, v]) => s.replaceAll(`{{${k}}}`, v), reportsCli[cx.locale][key] as string);

/** The figures the report shows, with its typed values and overrides applied (issue #6: keep these names). */
async function stats(cx: CommandContext) {
  const y = year(cx, 'report stats');
  const figures = await cx.call('reports:stats', { year: y });
  const json = figures.map((f) => ({ code: f.code, label: f.label, unit: f.unit, value: f.value, lastYear: f.lastYear, target: f.target, source: f.source }));
  const line = (f: (typeof json)[number]) => [f.code, f.label.trim(), f.value === null ? '—' : formatNumber(f.value), f.unit, f.source === 'data' ? '' : f.source].join('\t');
  return { json, text: json.length ? json.map(line).join('\n') : text(cx, 'noFigures', { year: String(y) }) };
}

async function exportCommand(cx: CommandContext) {
  const y = year(cx, 'report export');
  const format = cx.values.format;
  if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) {
    throw cx.usageError('badArguments', { command: 'report export', reason: `--format ${FORMATS.join('|')}` });
  }
  const out = cx.values.out;
  if (typeof out !== 'string') throw cx.usageError('missingArgument', { command: 'report export', what: '--out FILE' });
  const version = cx.values.version === undefined ? undefined : cx.integer('version', 0);
  // The backend finds the browser through UNIONDESK_CHROMIUM; --chromium names it for this run only.
  const previous = process.env.UNIONDESK_CHROMIUM;
  if (typeof cx.values.chromium === 'string') process.env.UNIONDESK_CHROMIUM = path.resolve(cx.values.chromium);
  try {
    const result = await cx.call('reports:export', { year: y, version, format: format as (typeof FORMATS)[number], target: path.resolve(out) });
    return { json: result, text: text(cx, 'exported', { year: String(y), file: result.file }) };
  } finally {
    if (previous === undefined) delete process.env.UNIONDESK_CHROMIUM;
    else process.env.UNIONDESK_CHROMIUM = previous;
  }
}

/** Freezes the draft as a new version (the report is made from the template first when there is none). */
async function finalize(cx: CommandContext) {
  const y = year(cx, 'report finalize');
  if ((await cx.call('reports:get', { year: y })).draft === null) await cx.call('reports:create', { year: y, from: 'template' });
  const result = await cx.call('reports:finalize', { year: y });
  return { json: result, text: cx.message('reportFinalized', { year: y, version: result.version }) };
}

/** `uniondesk report …` (the reports domain). */
export const report: Command = {
  options: { year: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, chromium: { type: 'string' }, version: { type: 'string' } },
  run(cx) {
    const action = cx.positionals[1];
    if (action === 'stats') return stats(cx);
    if (action === 'export') return exportCommand(cx);
    if (action === 'finalize') return finalize(cx);
    throw cx.usageError('missingArgument', { command: 'report', what: 'stats|export|finalize' });
  },
};
