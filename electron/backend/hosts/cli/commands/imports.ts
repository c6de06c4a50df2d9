import { formatDateVi } from '../../../../../shared/domain/format/date';
import { formatNumber } from '../../../../../shared/domain/format/number';
import type { ImportRunView } from '../../../../../shared/audit/imports';
import type { Command, CommandContext } from '../context';

/** The shape scripts rely on (issue #14): keep these names. */
const cliItem = (run: ImportRunView) => ({ id: run.id, at: run.at, kind: run.kind, file: run.file, imported: run.imported, updated: run.updated });

async function list(cx: CommandContext) {
  const runs = await cx.call('imports:list', {});
  const lines = runs.map((run) =>
    cx.message('importsLine', {
      id: run.id,
      date: formatDateVi(run.at.slice(0, 10)),
      kind: run.kind,
      file: run.file,
      imported: formatNumber(run.imported),
      updated: formatNumber(run.updated),
      undone: run.undoneAt ? cx.message('importsUndoneMark', { date: formatDateVi(run.undoneAt.slice(0, 10)) }) : '',
    }),
  );
  return { json: runs.map(cliItem), text: lines.length === 0 ? cx.message('importsNone') : lines.join('\n') };
}

async function undo(cx: CommandContext) {
  const raw = cx.positionals[2];
  if (raw === undefined || !/^\d+$/.test(raw)) throw cx.usageError('missingArgument', { command: 'imports undo', what: 'ID' });
  const id = Number(raw);
  const run = (await cx.call('imports:list', {})).find((r) => r.id === id);
  const result = await cx.call('imports:undo', { id });
  return { json: result, text: cx.message('importsUndone', { file: run?.file ?? String(id), removed: formatNumber(result.removed), restored: formatNumber(result.restored) }) };
}

/** `uniondesk imports list|undo ID`. */
export const imports: Command = {
  run(cx) {
    if (cx.positionals[1] === 'list') return list(cx);
    if (cx.positionals[1] === 'undo') return undo(cx);
    throw cx.usageError('missingArgument', { command: 'imports', what: 'list | undo ID' });
  },
};
