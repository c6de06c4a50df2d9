import { receiptBodySchema, receiptFileSchema, type ReceiptBody } from '../../../shared/upward/receipt';
import type { SentPackage } from '../../../shared/upward/model';
import { groupFingerprint } from '../../../shared/upward/fingerprint';
import { writeAudit } from '../audit/auditLog';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import { fingerprintOf, verifySignature } from './officeKey';
import { findSent, setSentStatus } from './sentLog';
import { columns, query, text } from '../db/rows';

function parse(bytes: Buffer) {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new AppError('RECEIPT_INVALID', { detail: (error as Error).message });
  }
  const file = receiptFileSchema.safeParse(raw);
  if (!file.success) throw new AppError('RECEIPT_INVALID', { detail: 'format' });
  let body: unknown;
  try {
    body = JSON.parse(file.data.body);
  } catch {
    throw new AppError('RECEIPT_INVALID', { detail: 'body' });
  }
  const parsed = receiptBodySchema.safeParse(body);
  if (!parsed.success) throw new AppError('RECEIPT_INVALID', { detail: 'body' });
  if (!verifySignature(parsed.data.publicKey, new TextEncoder().encode(file.data.body), file.data.signature)) throw new AppError('RECEIPT_INVALID', { detail: 'signature' });
  return parsed.data;
}

const outcomeSql = `
  INSERT INTO proposal_item_outcomes (item_id, status, reason, decided_at, upper_name)
  SELECT id, @status, @reason, @decidedAt, @upperName FROM award_proposal_items WHERE id = @item
  ON CONFLICT (item_id) DO UPDATE SET status = excluded.status, reason = excluded.reason, decided_at = excluded.decided_at, upper_name = excluded.upper_name`;

/** Each proposal row's outcome as the upper level decided it (rows deleted here since are skipped). */
function recordOutcomes(ctx: BackendContext, outcomes: NonNullable<ReceiptBody['proposals']>, decidedAt: string, upperName: string): void {
  const insert = ctx.db.prepare(outcomeSql);
  const at = ctx.now().toISOString();
  for (const o of outcomes) {
    if (insert.run({ ...o, decidedAt, upperName }).changes) {
      writeAudit(ctx.db, ctx.actor, at, { action: `upper_${o.status}`, entity: 'award_proposal_items', entityId: o.item, after: { reason: o.reason, upperName } });
    }
  }
}

/**
 * The upper level's receipt marks a sent package received or returned, and each proposal row with its outcome. The first receipt pins
 * the upper level's key; a receipt signed by another key is refused.
 */
export function importReceipt(ctx: BackendContext, bytes: Buffer): SentPackage {
  const body = parse(bytes);
  const sent = findSent(ctx.db, body.packageId);
  if (!sent || sent.manifestSha256 !== body.manifestSha256) throw new AppError('RECEIPT_UNKNOWN_PACKAGE', { year: body.year, revision: body.revision });
  const fingerprint = fingerprintOf(body.publicKey);
  const pinned = query(ctx.db, 'SELECT public_key, fingerprint FROM upper_keys WHERE id = 1', columns({ public_key: text, fingerprint: text })).get();
  if (pinned && pinned.public_key !== body.publicKey) throw new AppError('RECEIPT_KEY_MISMATCH', { found: groupFingerprint(fingerprint), pinned: groupFingerprint(pinned.fingerprint) });
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    if (!pinned) ctx.db.prepare('INSERT INTO upper_keys (id, public_key, fingerprint, name, pinned_at) VALUES (1, ?, ?, ?, ?)').run(body.publicKey, fingerprint, body.upperName, at);
    setSentStatus(ctx.db, sent.id, body.status, body.reason, body.decidedAt);
    recordOutcomes(ctx, body.proposals ?? [], body.decidedAt, body.upperName);
    writeAudit(ctx.db, ctx.actor, at, { action: body.status, entity: 'sent_package', entityId: sent.id, after: { reason: body.reason } });
  })();
  return { ...findSent(ctx.db, body.packageId)! };
}
