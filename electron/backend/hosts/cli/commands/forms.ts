import fs from 'node:fs';
import path from 'node:path';
import { formatDateVi } from '../../../../../shared/domain/format/date';
import { formatNumber } from '../../../../../shared/domain/format/number';
import { sourceNote } from '../../../../../shared/grassrootsForms/sourceNote';
import type { Command, CommandContext } from '../context';

function period(cx: CommandContext, command: string): string {
  const value = cx.values.period;
  if (typeof value !== 'string') throw cx.usageError('missingArgument', { command, what: '--period YYYY-MM-DD' });
  return value;
}

function requiredOut(cx: CommandContext, command: string, what: string): string {
  const out = cx.values.out;
  if (typeof out !== 'string') throw cx.usageError('missingArgument', { command, what });
  return path.resolve(out);
}

/** The .xlsx/.xls files named, a folder standing for the spreadsheets in it. */
function spreadsheetFiles(paths: string[]): string[] {
  return paths.flatMap((p) =>
    fs.statSync(p).isDirectory()
      ? fs.readdirSync(p).filter((name) => /\.xlsx?$/iu.test(name) && !name.startsWith('~$')).sort().map((name) => path.join(p, name))
      : [p],
  );
}

async function make(cx: CommandContext) {
  const at = period(cx, 'forms make');
  const out = requiredOut(cx, 'forms make', '--out DIR');
  const unions = typeof cx.values.union === 'string' ? cx.values.union.split(',').map((u) => u.trim()).filter(Boolean) : undefined;
  const made = await cx.call('forms:make', { period: at, unions, target: out });
  return { json: made, text: cx.message('formsMade', { count: made.files.length, period: formatDateVi(at), where: made.zip ?? made.folder }) };
}

async function importFiles(cx: CommandContext) {
  const at = period(cx, 'forms import');
  const paths = cx.positionals.slice(2).map((p) => path.resolve(p));
  if (paths.length === 0) throw cx.usageError('missingArgument', { command: 'forms import', what: 'FILE_OR_DIR…' });
  const files = spreadsheetFiles(paths);
  if (files.length === 0) throw cx.usageError('formsNoFiles', { paths: paths.join(', ') });
  const result = await cx.call('forms:import', {
    period: at,
    files: files.map((file) => ({ name: path.basename(file), base64: fs.readFileSync(file).toString('base64') })),
  });
  const changes = result.changes.map((c) => ({ unionCode: c.unionCode, code: c.code, before: c.before, after: c.after }));
  const json = { imported: result.imported, updated: result.updated, skipped: result.skipped, errors: result.errors, changes };
  const lines = result.errors.map((e) =>
    cx.message('formsProblem', { file: e.file, at: e.row > 0 ? cx.message('formsRow', { row: e.row, column: e.column }) : '', message: e.message }),
  );
  const changed = result.changes.map((c) => cx.message('formsRecordChange', { union: c.unionName, figure: cx.message(c.code === 'workers.female' ? 'formsRecordWomen' : 'formsRecordWorkers'), before: c.before === null ? '—' : formatNumber(c.before), after: formatNumber(c.after) }));
  return { json, text: [cx.message('formsImported', { period: formatDateVi(at), ...json }), ...changed, ...lines].join('\n') };
}

async function status(cx: CommandContext) {
  const at = period(cx, 'forms status');
  const rows = await cx.call('forms:status', { period: at });
  const json = rows.map((r) => ({ unionCode: r.unionCode, unionName: r.unionName, status: r.status, returnedAt: r.returnedAt, file: r.file }));
  const text = json
    .map((r) => [r.unionCode, r.unionName, r.returnedAt ? cx.message('formsStatusReturned', { at: formatDateVi(r.returnedAt.slice(0, 10)) }) : cx.message('formsStatusMissing'), r.file ?? ''].join('\t'))
    .join('\n');
  return { json, text };
}

async function exportRollup(cx: CommandContext) {
  const at = period(cx, 'forms export');
  const out = requiredOut(cx, 'forms export', '--out FILE.xlsx');
  const result = await cx.call('forms:exportRollup', { period: at, target: out });
  return { json: result, text: cx.message('formsExported', { period: formatDateVi(at), file: result.file }) };
}

/** `uniondesk forms make|import|status|export` (the grassroots forms domain). */
export const forms: Command = {
  options: { period: { type: 'string' }, out: { type: 'string' }, union: { type: 'string' } },
  run(cx) {
    const action = cx.positionals[1];
    if (action === 'make') return make(cx);
    if (action === 'import') return importFiles(cx);
    if (action === 'status') return status(cx);
    if (action === 'export') return exportRollup(cx);
    throw cx.usageError('missingArgument', { command: 'forms', what: 'make|import|status|export' });
  },
};

/** `uniondesk rollup figures --period …`: Mẫu 2 as its figures. */
export const rollup: Command = {
  options: { period: { type: 'string' } },
  async run(cx) {
    if (cx.positionals[1] !== 'figures') throw cx.usageError('missingArgument', { command: 'rollup', what: 'figures' });
    const figures = await cx.call('forms:rollup', { period: period(cx, 'rollup figures') });
    const json = figures.map((f) => ({ code: f.code, label: f.label, unit: f.unit, value: f.value, source: f.source, formsReturned: f.formsReturned, formsExpected: f.formsExpected }));
    const text = figures.map((f) => [f.code, f.label, f.value === null ? '—' : formatNumber(f.value, 1), f.unit, sourceNote(f, cx.locale)].join('\t')).join('\n');
    return { json, text };
  },
};
