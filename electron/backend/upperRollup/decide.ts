import path from 'node:path';
import type { ReceiptBody } from '../../../shared/upward/receipt';
import { writeAudit } from '../audit/auditLog';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import { chosenTarget, exportsDir } from '../files/exportPath';
import { writeFileAtomic } from '../paths/dataDir';
import { getSettings } from '../settings/service';
import { officeKey, sign } from '../upward/officeKey';
import { receiptProposals } from './proposals';
import * as repo from './repository';
import { scalar, text as textKind } from '../db/rows';

/**
 * Accepting (or returning, with a reason) a received package: its status, and a small receipt
 * signed with this office's own key for the lower office to import, with the decision on each of its proposal rows.
 */
export function decidePackage(ctx: BackendContext, input: { packageRowId: number; decision: 'received' | 'returned'; reason: string; target?: string }): { file: string } {
  const row = repo.findReceived(ctx.db, input.packageRowId);
  if (!row) throw new AppError('UPPER_PACKAGE_NOT_FOUND', { id: input.packageRowId });
  const reason = input.reason.trim();
  if (input.decision === 'returned' && !reason) throw new AppError('UPPER_RETURN_REASON');
  const now = ctx.now();
  const at = now.toISOString();
  const office = scalar(ctx.db, 'SELECT code FROM lower_offices WHERE id = ?', textKind).one(row.office_id);
  const key = officeKey(ctx.db, at);
  const body: ReceiptBody = {
    format: 'uniondesk-receipt',
    packageId: row.package_id,
    office,
    year: row.year,
    revision: row.revision,
    manifestSha256: row.manifest_sha256,
    status: input.decision,
    reason,
    decidedAt: at,
    upperName: getSettings(ctx.db, now)['office.name'],
    publicKey: key.publicKey,
    proposals: receiptProposals(ctx.db, row.id),
  };
  const text = JSON.stringify(body);
  const file = input.target ? chosenTarget(ctx, input.target) : path.join(exportsDir(ctx.dataDir), `bien-nhan-${office}-${row.year}-r${row.revision}.json`);
  ctx.db.transaction(() => {
    repo.setDecision(ctx.db, row.id, input.decision, reason, at);
    writeAudit(ctx.db, ctx.actor, at, { action: input.decision, entity: 'received_package', entityId: row.id, before: { status: row.status }, after: { status: input.decision, reason } });
  })();
  writeFileAtomic(file, JSON.stringify({ body: text, signature: sign(key, new TextEncoder().encode(text)) }, null, 1));
  return { file };
}
