import fs from 'node:fs';
import path from 'node:path';
import { groupFingerprint } from '../../../../../shared/upward/fingerprint';
import type { Command, CommandContext } from '../context';

export function requiredYear(cx: CommandContext, command: string): number {
  if (cx.values.year === undefined) throw cx.usageError('missingArgument', { command, what: '--year Y' });
  return cx.integer('year', 0);
}

export function readInput(cx: CommandContext, command: string, file: string | undefined): string {
  if (!file) throw cx.usageError('missingArgument', { command, what: 'FILE' });
  return fs.readFileSync(path.resolve(file)).toString('base64');
}

async function build(cx: CommandContext) {
  const year = requiredYear(cx, 'package build');
  const out = cx.values.out;
  if (typeof out !== 'string') throw cx.usageError('missingArgument', { command: 'package build', what: '--out FILE.zip' });
  const previous = process.env.UNIONDESK_CHROMIUM;
  if (typeof cx.values.chromium === 'string') process.env.UNIONDESK_CHROMIUM = path.resolve(cx.values.chromium);
  try {
    const result = await cx.call('upward:build', { year, personal: cx.values.personal === true, pdf: cx.values['no-pdf'] !== true, target: path.resolve(out) });
    const pdf = cx.message(result.pdf === 'included' ? 'packagePdfIncluded' : result.pdf === 'no-chromium' ? 'packagePdfMissing' : 'packagePdfSkipped');
    return { json: { ...result, fingerprint: groupFingerprint(result.fingerprint) }, text: cx.message('packageBuilt', { file: result.file, revision: result.revision, fingerprint: groupFingerprint(result.fingerprint), pdf }) };
  } finally {
    if (previous === undefined) delete process.env.UNIONDESK_CHROMIUM;
    else process.env.UNIONDESK_CHROMIUM = previous;
  }
}

async function verify(cx: CommandContext) {
  const result = await cx.call('upward:verify', { base64: readInput(cx, 'package verify', cx.positionals[2]) });
  const json = { ok: result.ok, office: result.office, period: result.period, revision: result.revision, fingerprint: result.fingerprint && groupFingerprint(result.fingerprint), problems: result.problems };
  const text = result.ok
    ? cx.message('packageValid', { office: result.officeName, period: result.period, revision: result.revision, fingerprint: json.fingerprint })
    : cx.message('packageInvalid', { problem: result.problems[0] });
  return { json, text, exitCode: result.ok ? 0 : 1 };
}

async function receipt(cx: CommandContext) {
  const sent = await cx.call('upward:importReceipt', { base64: readInput(cx, 'package receipt', cx.positionals[2]) });
  return { json: sent, text: cx.message('receiptImported', { year: sent.year, revision: sent.revision, status: sent.status }) };
}

/** `uniondesk package build|verify|receipt` (sending upward). */
export const packageCommand: Command = {
  options: { year: { type: 'string' }, out: { type: 'string' }, personal: { type: 'boolean' }, 'no-pdf': { type: 'boolean' }, chromium: { type: 'string' } },
  run(cx) {
    const action = cx.positionals[1];
    if (action === 'build') return build(cx);
    if (action === 'verify') return verify(cx);
    if (action === 'receipt') return receipt(cx);
    throw cx.usageError('missingArgument', { command: 'package', what: 'build|verify|receipt' });
  },
};
