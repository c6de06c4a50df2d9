import crypto from 'node:crypto';
import path from 'node:path';
import { reportingPeriod } from '../../../shared/statistics/period';
import { PACKAGE_CATALOGUE_VERSION } from '../../../shared/upward/catalogue';
import { groupFingerprint } from '../../../shared/upward/fingerprint';
import { MANIFEST_FILE, SIGNATURE_FILE, type PackageManifest } from '../../../shared/upward/manifest';
import type { BuildResult } from '../../../shared/upward/model';
import { writeAudit } from '../audit';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import { chosenTarget, exportsDir } from '../files';
import { writeFileAtomic } from '../paths/dataDir';
import { findReport, listVersions, versionDocument } from '../reports';
import { officeIdentity } from './officeIdentity';
import { officeKey, sign } from './officeKey';
import { packageParts } from './packageParts';
import { insertSent, nextRevision } from './sentLog';
import { preparePart, writeZip } from './zipWrite';

const sha256 = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

export interface BuildOptions {
  year: number;
  personal: boolean;
  /** Try to print the report to PDF (needs a Chromium); false skips it. */
  pdf: boolean;
  target?: string;
  chromium?: string;
}

/** The package of the latest finalised report version: parts, signed manifest, zip on disk, a line in the log. */
export async function buildPackage(ctx: BackendContext, options: BuildOptions): Promise<BuildResult> {
  const report = findReport(ctx.db, options.year);
  const version = report ? listVersions(ctx.db, report.id)[0]?.version : undefined;
  if (!report || version === undefined) throw new AppError('PACKAGE_REPORT_NOT_FINAL', { year: options.year });
  const now = ctx.now();
  const at = now.toISOString();
  const key = officeKey(ctx.db, at);
  // The report inside the package carries the fingerprint on its last page, like the paper copy.
  const doc = { ...versionDocument(ctx, options.year, version), signingKey: groupFingerprint(key.fingerprint) };
  const period = reportingPeriod(options.year, doc.header.cutoffOn);
  const office = officeIdentity(ctx.db, now);
  const revision = nextRevision(ctx.db, options.year);

  const { parts, pdf } = await packageParts(ctx, doc, { cutoff: period.to, personal: options.personal, pdf: options.pdf, chromium: options.chromium });
  const prepared = parts.map((p) => preparePart(p.path, p.data, p.compress));
  const manifest: PackageManifest = {
    format: 'uniondesk-package',
    formatVersion: 1,
    packageId: crypto.randomUUID(),
    office,
    period: { year: options.year, from: period.from, cutoff: period.to },
    revision,
    reportVersion: version,
    catalogueVersion: PACKAGE_CATALOGUE_VERSION,
    appVersion: ctx.version,
    createdAt: at,
    publicKey: key.publicKey,
    personal: options.personal,
    documents: { pdf },
    files: prepared.map((p) => ({ path: p.path, size: p.data.length, sha256: sha256(p.data), storedSha256: sha256(p.stored) })),
  };
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest, null, 1));
  const signature = new TextEncoder().encode(sign(key, manifestBytes));
  const zip = writeZip([preparePart(MANIFEST_FILE, manifestBytes, false), preparePart(SIGNATURE_FILE, signature, false), ...prepared], now);

  const stem = `${office.code}-${options.year}-r${revision}`;
  const file = options.target ? chosenTarget(ctx, options.target) : path.join(exportsDir(ctx.dataDir), `${stem}.zip`);
  writeFileAtomic(file, zip);
  ctx.db.transaction(() => {
    const id = insertSent(ctx.db, {
      packageId: manifest.packageId,
      year: options.year,
      revision,
      reportVersion: version,
      fileName: path.basename(file),
      savedTo: file,
      fingerprint: key.fingerprint,
      personal: options.personal,
      createdAt: at,
      manifestSha256: sha256(manifestBytes),
    });
    writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'sent_package', entityId: id, after: { year: options.year, revision, file, fingerprint: key.fingerprint } });
  })();
  return { file, fileName: path.basename(file), revision, fingerprint: key.fingerprint, pdf };
}
