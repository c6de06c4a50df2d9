import path from 'node:path';
import { errorMessage } from '../../../shared/i18n/errors';
import type { FigureChange, ImportedPackage, UpperImportResult } from '../../../shared/upperRollup/model';
import { groupFingerprint } from '../../../shared/upward/fingerprint';
import { writeAudit } from '../audit';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import { verifyPackageBytes, type VerifiedPackage } from '../upward';
import { storeProposalRows } from './proposals';
import * as repo from './repository';

export interface IncomingFile {
  name: string;
  bytes: Buffer;
}

function changesBetween(before: repo.FigureRecord[], after: VerifiedPackage['figures']): FigureChange[] {
  const old = new Map(before.map((f) => [f.code, f]));
  const changes: FigureChange[] = [];
  for (const f of after) {
    const previous = old.get(f.code);
    if (!previous || previous.value !== f.value) changes.push({ code: f.code, label: f.label, before: previous?.value ?? null, after: f.value });
    old.delete(f.code);
  }
  for (const f of old.values()) changes.push({ code: f.code, label: f.label, before: f.value, after: null });
  return changes;
}

type Outcome =
  | { kind: 'accepted'; item: ImportedPackage }
  | { kind: 'replaced'; item: ImportedPackage & { previousRevision: number; changes: FigureChange[] } }
  | { kind: 'unchanged'; item: ImportedPackage };

/** One verified package into the database, in one transaction; an AppError refuses it with nothing written. */
function importOne(ctx: BackendContext, file: string, pkg: VerifiedPackage, repin: ReadonlySet<string>): Outcome {
  const { manifest: m } = pkg;
  const at = ctx.now().toISOString();
  return ctx.db.transaction((): Outcome => {
    const office = repo.findOfficeByCode(ctx.db, m.office.code);
    const officeId = office?.id ?? repo.insertOffice(ctx.db, m.office.code, m.office.name, at);
    let pinned = false;
    if (!office?.public_key || (office.public_key !== m.publicKey && repin.has(m.office.code))) {
      repo.pinKey(ctx.db, officeId, m.publicKey, pkg.fingerprint, m.office.name, at);
      writeAudit(ctx.db, ctx.actor, at, { action: 'pin', entity: 'lower_office', entityId: officeId, before: office?.fingerprint ?? null, after: pkg.fingerprint });
      pinned = true;
    } else if (office.public_key !== m.publicKey) {
      throw new AppError('UPPER_KEY_MISMATCH', { office: office.name, found: groupFingerprint(pkg.fingerprint), pinned: groupFingerprint(office.fingerprint ?? '') });
    }
    const item: ImportedPackage = { file, office: m.office.code, officeName: m.office.name, year: m.period.year, revision: m.revision, fingerprint: pkg.fingerprint, pinned };
    const existing = repo.packagesOf(ctx.db, officeId, m.period.year);
    const same = existing.find((p) => p.revision === m.revision);
    if (same) {
      if (same.manifest_sha256 === pkg.manifestSha256) return { kind: 'unchanged', item };
      throw new AppError('UPPER_REVISION_CONFLICT', { office: m.office.name, year: m.period.year, revision: m.revision });
    }
    const latest = existing[0];
    if (latest && latest.revision > m.revision) throw new AppError('UPPER_LOWER_REVISION', { office: m.office.name, year: m.period.year, revision: m.revision, latest: latest.revision });
    const id = repo.insertReceived(
      ctx.db,
      { officeId, packageId: m.packageId, year: m.period.year, revision: m.revision, cutoff: m.period.cutoff, manifestSha256: pkg.manifestSha256, manifest: JSON.stringify(m), fileName: file, at },
      pkg.figures,
      pkg.register,
    );
    storeProposalRows(ctx.db, id, pkg.proposals);
    writeAudit(ctx.db, ctx.actor, at, { action: 'import', entity: 'received_package', entityId: id, after: { office: m.office.code, year: m.period.year, revision: m.revision } });
    if (!latest) return { kind: 'accepted', item };
    return { kind: 'replaced', item: { ...item, previousRevision: latest.revision, changes: changesBetween(repo.figuresOf(ctx.db, latest.id), pkg.figures) } };
  })();
}

/**
 * Many packages at once: each is verified whole before anything of it is written, then imported
 * in its own transaction (an office's revisions in order); a refused one leaves no trace.
 */
export function importPackages(ctx: BackendContext, files: IncomingFile[], repin: string[] = []): UpperImportResult {
  const result: UpperImportResult = { accepted: [], replaced: [], unchanged: [], refused: [] };
  const reason = (error: unknown) => {
    if (error instanceof AppError) return errorMessage(ctx.locale, error.code, error.params);
    throw error;
  };
  const verified: { file: string; pkg: VerifiedPackage }[] = [];
  for (const f of files) {
    const file = path.basename(f.name);
    try {
      verified.push({ file, pkg: verifyPackageBytes(f.bytes, ctx.version) });
    } catch (error) {
      result.refused.push({ file, reason: reason(error) });
    }
  }
  verified.sort((a, b) => a.pkg.manifest.office.code.localeCompare(b.pkg.manifest.office.code) || a.pkg.manifest.period.year - b.pkg.manifest.period.year || a.pkg.manifest.revision - b.pkg.manifest.revision);
  const pins = new Set(repin);
  for (const { file, pkg } of verified) {
    try {
      const outcome = importOne(ctx, file, pkg, pins);
      if (outcome.kind === 'accepted') result.accepted.push(outcome.item);
      else if (outcome.kind === 'replaced') result.replaced.push(outcome.item);
      else result.unchanged.push(outcome.item);
      if (outcome.item.pinned) pins.delete(pkg.manifest.office.code);
    } catch (error) {
      const repinnable = error instanceof AppError && error.code === 'UPPER_KEY_MISMATCH';
      result.refused.push({ file, reason: reason(error), ...(repinnable ? { office: pkg.manifest.office.code, repinnable } : {}) });
    }
  }
  return result;
}
