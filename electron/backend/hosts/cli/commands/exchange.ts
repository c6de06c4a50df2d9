import fs from 'node:fs';
import path from 'node:path';
import {
  DUPLICATE_ACTIONS,
  isListImportKind,
  LIST_IMPORT_KINDS,
  TEMPLATE_KINDS,
  type DuplicateAction,
  type ImportKind,
  type TemplateKind,
} from '../../../../../shared/exchange/import';
import { AppError } from '../../../core/appError';
import type { Command, CommandContext } from '../context';
import { unionIdFor } from './members';
import { importAwardsFile } from './awards';

/** A list goes to the campaign of `--campaign ID`; criteria to the score sheet of `--sheet ID`. */
function listTarget(cx: CommandContext, kind: string): number | undefined {
  if (!isListImportKind(kind)) return undefined;
  const option = kind === 'criteria' ? 'sheet' : 'campaign';
  const value = cx.values[option];
  const id = typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isInteger(id) || id <= 0) throw cx.usageError('missingArgument', { command: `import ${kind}`, what: `--${option} ID` });
  return id;
}

async function importFile(cx: CommandContext) {
  const kind = cx.positionals[1];
  const file = cx.positionals[2];
  if (kind === 'awards') return importAwardsFile(cx, file);
  if (kind !== 'members' && kind !== 'unions' && !isListImportKind(kind ?? '')) {
    throw cx.usageError('missingArgument', { command: 'import', what: `members|unions|awards|${LIST_IMPORT_KINDS.join('|')} FILE` });
  }
  if (!file) throw cx.usageError('missingArgument', { command: `import ${kind}`, what: 'FILE' });
  const onDuplicate = (cx.values['on-duplicate'] ?? 'skip') as DuplicateAction;
  if (!DUPLICATE_ACTIONS.includes(onDuplicate)) {
    throw cx.usageError('badArguments', { command: `import ${kind}`, reason: `--on-duplicate ${DUPLICATE_ACTIONS.join('|')}` });
  }
  const targetId = listTarget(cx, kind ?? '');
  if (!fs.existsSync(file)) throw new AppError('FILE_NOT_FOUND', { file });
  const inspection = await cx.call('import:inspect', {
    kind: kind as ImportKind,
    fileName: path.basename(file),
    base64: fs.readFileSync(file).toString('base64'),
    ...(targetId === undefined ? {} : { targetId }),
  });
  const result = await cx.call('import:run', {
    token: inspection.token,
    mapping: inspection.mapping,
    defaultOrganizationId: await unionIdFor(cx, cx.values.union),
    onDuplicate,
    dryRun: cx.values['dry-run'] === true,
  });
  const { imported, updated, skipped, errors, possibleDuplicates } = result;
  return {
    json: { imported, updated, skipped, errors, possibleDuplicates, ...(result.warnings ? { warnings: result.warnings } : {}) },
    text: [
      cx.message('importDone', { imported, updated, skipped, rejected: errors.length }),
      ...errors.map((e) => `  ${e.row}\t${e.column}\t${e.message}`),
      ...(result.rejectedFile ? [cx.message('rejectedFile', { file: result.rejectedFile })] : []),
      ...(result.warnings ?? []),
      ...(possibleDuplicates.length > 0 ? [cx.message('possibleDuplicates', { count: possibleDuplicates.length })] : []),
      ...possibleDuplicates.map((p) => `  ${p.row}\t${p.name}\t${p.existingName} — ${p.existingDetail}`),
    ].join('\n'),
  };
}

async function exportFile(cx: CommandContext) {
  if (cx.positionals[1] !== 'members') throw cx.usageError('missingArgument', { command: 'export', what: 'members --out FILE.xlsx' });
  const out = cx.values.out;
  if (typeof out !== 'string' || !out) throw cx.usageError('missingArgument', { command: 'export members', what: '--out FILE.xlsx' });
  const result = await cx.call('export:members', {
    filter: { organizationId: await unionIdFor(cx, cx.values.union), status: 'active' },
    personalData: cx.values.personal === true,
    target: path.resolve(out),
  });
  return { json: result, text: cx.message('exportDone', { rows: result.rows, file: result.file }) };
}

export const importCommand: Command = {
  options: {
    union: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'on-duplicate': { type: 'string' },
    decision: { type: 'string' },
    date: { type: 'string' },
    form: { type: 'string' },
    campaign: { type: 'string' },
    sheet: { type: 'string' },
  },
  run: importFile,
};

export const exportCommand: Command = {
  options: { out: { type: 'string' }, union: { type: 'string' }, personal: { type: 'boolean' } },
  run: exportFile,
};

/** `template KIND --out FILE.xlsx`: a blank list for an import. */
export const templateCommand: Command = {
  options: { out: { type: 'string' } },
  async run(cx) {
    const kind = cx.positionals[1] ?? '';
    if (!(TEMPLATE_KINDS as readonly string[]).includes(kind)) {
      throw cx.usageError('missingArgument', { command: 'template', what: `${TEMPLATE_KINDS.join('|')} --out FILE.xlsx` });
    }
    const out = cx.values.out;
    if (typeof out !== 'string' || !out) throw cx.usageError('missingArgument', { command: `template ${kind}`, what: '--out FILE.xlsx' });
    const result = await cx.call('import:template', { kind: kind as TemplateKind, target: path.resolve(out) });
    return { json: result, text: cx.message('templateDone', { file: result.file }) };
  },
};
