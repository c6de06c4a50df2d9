import path from 'node:path';
import { formatDateVi } from '../../../../../shared/domain/format/date';
import { formatNumber } from '../../../../../shared/domain/format/number';
import { groupFingerprint } from '../../../../../shared/upward/fingerprint';
import { CliFailure, type Command, type CommandContext } from '../context';
import { readInput, requiredYear } from './upward';

async function importCommand(cx: CommandContext) {
  const files = cx.positionals.slice(2);
  if (files.length === 0) throw cx.usageError('missingArgument', { command: 'upper import', what: 'FILE...' });
  const repin = typeof cx.values.repin === 'string' ? cx.values.repin.split(',').map((s) => s.trim()).filter(Boolean) : [];
  const result = await cx.call('upper:import', { files: files.map((f) => ({ name: path.basename(f), base64: readInput(cx, 'upper import', f) })), repin });
  const lines = [
    cx.message('upperImported', { accepted: result.accepted.length, replaced: result.replaced.length, unchanged: result.unchanged.length, refused: result.refused.length }),
    ...[...result.accepted, ...result.replaced].filter((p) => p.pinned).map((p) => cx.message('upperPinned', { office: p.officeName, fingerprint: groupFingerprint(p.fingerprint) })),
    ...result.replaced.map((p) => cx.message('upperReplaced', { office: p.officeName, revision: p.revision, previous: p.previousRevision, changes: p.changes.length })),
    ...result.refused.map((r) => cx.message('upperRefused', { file: r.file, reason: r.reason })),
  ];
  const json = { ...result, refused: result.refused.map((r) => ({ file: r.file, reason: r.reason })) };
  return { json, text: lines.join('\n'), exitCode: result.refused.length ? 1 : 0 };
}

async function rollup(cx: CommandContext) {
  const year = requiredYear(cx, 'upper rollup');
  const result = await cx.call('upper:rollup', { year });
  const json = result.rows.map((r) => ({ code: r.code, label: r.label, unit: r.unit, total: r.total, offices: r.offices }));
  const text = result.rows.map((r) => [r.code, r.label.trim(), r.total ?? '—', r.unit].join('\t')).join('\n');
  return { json, text };
}

async function exportCommand(cx: CommandContext) {
  const year = requiredYear(cx, 'upper export');
  const out = cx.values.out;
  if (typeof out !== 'string') throw cx.usageError('missingArgument', { command: 'upper export', what: '--out FILE.xlsx' });
  const result = await cx.call('upper:export', { year, target: path.resolve(out) });
  return { json: result, text: cx.message('upperExported', { year, file: result.file }) };
}

async function receipt(cx: CommandContext) {
  const year = requiredYear(cx, 'upper receipt');
  const office = cx.values.office;
  const out = cx.values.out;
  if (typeof office !== 'string') throw cx.usageError('missingArgument', { command: 'upper receipt', what: '--office CODE' });
  if (typeof out !== 'string') throw cx.usageError('missingArgument', { command: 'upper receipt', what: '--out FILE' });
  const row = (await cx.call('upper:offices', { year })).find((o) => o.code === office);
  if (!row?.packageRowId) throw new CliFailure(cx.message('upperNoPackage', { office, year }));
  const returning = typeof cx.values.return === 'string';
  const result = await cx.call('upper:decide', {
    packageRowId: row.packageRowId,
    decision: returning ? 'returned' : 'received',
    reason: returning ? String(cx.values.return) : '',
    target: path.resolve(out),
  });
  return { json: result, text: cx.message('upperDecided', { status: returning ? 'returned' : 'received', file: result.file }) };
}

async function proposals(cx: CommandContext) {
  const year = requiredYear(cx, 'upper proposals');
  const rows = await cx.call('upper:proposals', { year });
  const statuses = cx.message('upperProposalStatuses').split('|');
  const label = { pending: statuses[0], approved: statuses[1], rejected: statuses[2] };
  const json = rows.map((r) => ({ id: r.id, office: r.officeName, proposal: r.proposalNumber, title: r.title, recipient: r.recipient, unit: r.unit, status: r.status, reason: r.reason }));
  const text = rows.length
    ? rows.map((r) => [r.id, r.officeName, r.proposalNumber, r.title, r.recipient, r.unit, label[r.status], r.reason].join('\t')).join('\n')
    : cx.message('upperProposalsNone', { year });
  return { json, text };
}

async function decide(cx: CommandContext) {
  const rowId = Number(cx.positionals[2]);
  const decision = cx.positionals[3];
  if (!Number.isInteger(rowId) || rowId <= 0 || (decision !== 'approve' && decision !== 'reject')) {
    throw cx.usageError('missingArgument', { command: 'upper decide', what: 'ROW_ID approve|reject' });
  }
  const reason = typeof cx.values.reason === 'string' ? cx.values.reason : '';
  const row = await cx.call('upper:decideProposal', { rowId, decision, reason });
  const statuses = cx.message('upperProposalStatuses').split('|');
  return { json: row, text: cx.message('upperProposalDecided', { id: row.id, name: row.recipient, office: row.officeName, status: statuses[row.status === 'approved' ? 1 : 2] }) };
}

async function draftDecision(cx: CommandContext) {
  const year = requiredYear(cx, 'upper draft-decision');
  const draft = await cx.call('upper:draftDecision', { year });
  return { json: draft, text: cx.message('upperDraftMade', { ...draft, date: formatDateVi(draft.decidedOn), total: formatNumber(draft.total), kinds: draft.kinds.join('; ') }) };
}

/** `uniondesk upper import|rollup|export|receipt|proposals|decide|draft-decision` (the upper office's roll-up). */
export const upper: Command = {
  options: { year: { type: 'string' }, out: { type: 'string' }, repin: { type: 'string' }, office: { type: 'string' }, return: { type: 'string' }, reason: { type: 'string' } },
  run(cx) {
    const action = cx.positionals[1];
    if (action === 'import') return importCommand(cx);
    if (action === 'rollup') return rollup(cx);
    if (action === 'export') return exportCommand(cx);
    if (action === 'receipt') return receipt(cx);
    if (action === 'proposals') return proposals(cx);
    if (action === 'decide') return decide(cx);
    if (action === 'draft-decision') return draftDecision(cx);
    throw cx.usageError('missingArgument', { command: 'upper', what: 'import|rollup|export|receipt|proposals|decide|draft-decision' });
  },
};
