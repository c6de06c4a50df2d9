import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../core/appError';
import { formatMoney } from '../../../../../shared/domain/format/number';
import { formatDateVi } from '../../../../../shared/domain/format/date';
import type { Command, CommandContext } from '../context';

async function list(cx: CommandContext) {
  const year = cx.values.year === undefined ? (await cx.call('settings:get', {}))['office.workingYear'] : cx.integer('year', 0);
  const items = await cx.call('awardDecisions:awardsOfYear', { year });
  const text = items.length
    ? items.map((i) => [i.decision, formatDateVi(i.date), i.form ?? i.title ?? '', i.recipient, formatMoney(i.amount)].join('\t')).join('\n')
    : cx.message('awardsNone', { year });
  return { json: items, text };
}

/** `uniondesk awards …` (the awards domain). */
export const awards: Command = {
  options: { year: { type: 'string' } },
  run(cx) {
    if (cx.positionals[1] === 'list') return list(cx);
    throw cx.usageError('missingArgument', { command: 'awards', what: 'list --year Y' });
  },
};

/** `import awards FILE --decision "NUMBER" --date YYYY-MM-DD --form CODE`: all rows or none. */
export async function importAwardsFile(cx: CommandContext, file: string | undefined) {
  const { decision, date, form } = cx.values;
  if (!file) throw cx.usageError('missingArgument', { command: 'import awards', what: 'FILE' });
  for (const [name, value] of [['--decision', decision], ['--date', date], ['--form', form]] as const) {
    if (typeof value !== 'string' || value.trim() === '') throw cx.usageError('missingArgument', { command: 'import awards', what: `${name}` });
  }
  if (!fs.existsSync(file)) throw new AppError('FILE_NOT_FOUND', { file });
  const result = await cx.call('awardDecisions:import', {
    fileName: path.basename(file),
    base64: fs.readFileSync(file).toString('base64'),
    number: decision as string,
    decidedOn: date as string,
    formCode: form as string,
  });
  const { imported, updated, skipped, errors } = result;
  const text =
    errors.length > 0
      ? [cx.message('awardsImportRejected', { count: errors.length }), ...errors.map((e) => `  ${e.row}\t${e.column}\t${e.message}`)].join('\n')
      : cx.message('awardsImported', { imported, decision });
  return { json: { imported, updated, skipped, errors }, text, exitCode: errors.length > 0 ? 1 : 0 };
}
