import crypto from 'node:crypto';
import { z } from 'zod';
import { errorMessage } from '../../../shared/i18n/errors';
import type { Locale } from '../../../shared/i18n/locale';
import { reportingPeriod } from '../../../shared/statistics/period';
import { READABLE_CATALOGUE_VERSIONS } from '../../../shared/upward/catalogue';
import {
  MANIFEST_FILE,
  PACKAGE_PARTS,
  SIGNATURE_FILE,
  manifestSchema,
  packageFigureSchema,
  packageUnionSchema,
  type PackageFigure,
  type PackageManifest,
  type PackageUnion,
} from '../../../shared/upward/manifest';
import type { VerifyResult } from '../../../shared/upward/model';
import { packageProposalSchema, type PackageProposal } from '../../../shared/upperRollup/proposals';
import { AppError } from '../core/appError';
import { fingerprintOf, verifySignature } from './officeKey';
import { inflateEntry, readZipDirectory, storedBytes } from './zipRead';

const sha256 = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

export interface VerifiedPackage {
  manifest: PackageManifest;
  manifestSha256: string;
  fingerprint: string;
  figures: PackageFigure[];
  register: PackageUnion[];
  /** The sent proposals with their rows; none when the package has no proposals.json. */
  proposals: PackageProposal[];
}

/** "1.2.3" > "1.2.0"? Numeric parts; a pre-release suffix is ignored. */
function newerThan(a: string, b: string): boolean {
  const parts = (v: string) => v.split(/[.+-]/).slice(0, 3).map((n) => Number.parseInt(n, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
}

function parseJson<T>(part: string, data: Buffer, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(data.toString('utf8'));
  } catch (error) {
    throw new AppError('PACKAGE_PART_INVALID', { part, detail: (error as Error).message });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('PACKAGE_PART_INVALID', { part, detail: parsed.error.issues.slice(0, 2).map((i) => `${i.path.join('.')}: ${i.code}`).join('; ') });
  return parsed.data;
}

/**
 * Everything is checked before anything is written: the zip's directory (bounds, names, layout),
 * the manifest's signature, the exact set of parts, each part's stored and inflated SHA-256,
 * the catalogue version, the period, the app version. Throws an AppError naming the part that failed.
 */
export function verifyPackageBytes(zip: Buffer, ourAppVersion: string): VerifiedPackage {
  const entries = readZipDirectory(zip);
  const byPath = new Map(entries.map((e) => [e.path, e]));
  for (const required of [MANIFEST_FILE, SIGNATURE_FILE]) if (!byPath.has(required)) throw new AppError('PACKAGE_MISSING_PART', { part: required });
  const manifestBytes = inflateEntry(zip, byPath.get(MANIFEST_FILE)!);
  const signature = inflateEntry(zip, byPath.get(SIGNATURE_FILE)!).toString('latin1');
  let raw: unknown;
  try {
    raw = JSON.parse(manifestBytes.toString('utf8'));
  } catch (error) {
    throw new AppError('PACKAGE_MANIFEST_INVALID', { detail: (error as Error).message });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('PACKAGE_MANIFEST_INVALID', { detail: parsed.error.issues.slice(0, 2).map((i) => `${i.path.join('.')}: ${i.code}`).join('; ') });
  const manifest = parsed.data;
  const canonicalSignature = Buffer.from(signature, 'base64').toString('base64');
  if (canonicalSignature !== signature || !verifySignature(manifest.publicKey, manifestBytes, signature)) throw new AppError('PACKAGE_BAD_SIGNATURE');

  const listed = new Set(manifest.files.map((f) => f.path));
  for (const entry of entries) if (entry.path !== MANIFEST_FILE && entry.path !== SIGNATURE_FILE && !listed.has(entry.path)) throw new AppError('PACKAGE_EXTRA_PART', { part: entry.path });
  const data = new Map<string, Buffer>();
  for (const file of manifest.files) {
    const entry = byPath.get(file.path);
    if (!entry) throw new AppError('PACKAGE_MISSING_PART', { part: file.path });
    if (sha256(storedBytes(zip, entry)) !== file.storedSha256) throw new AppError('PACKAGE_HASH_MISMATCH', { part: file.path });
    const inflated = inflateEntry(zip, entry);
    if (inflated.length !== file.size || sha256(inflated) !== file.sha256) throw new AppError('PACKAGE_HASH_MISMATCH', { part: file.path });
    data.set(file.path, inflated);
  }
  if (!READABLE_CATALOGUE_VERSIONS.includes(manifest.catalogueVersion)) {
    throw new AppError('PACKAGE_CATALOGUE_UNKNOWN', { found: manifest.catalogueVersion, supported: READABLE_CATALOGUE_VERSIONS.join(', ') });
  }
  const period = reportingPeriod(manifest.period.year, manifest.period.cutoff);
  if (period.from !== manifest.period.from || period.to !== manifest.period.cutoff || manifest.period.cutoff.slice(0, 4) !== String(manifest.period.year)) {
    throw new AppError('PACKAGE_PERIOD_INVALID', manifest.period);
  }
  if (newerThan(manifest.appVersion, ourAppVersion)) throw new AppError('PACKAGE_APP_TOO_NEW', { found: manifest.appVersion, ours: ourAppVersion });
  for (const part of [PACKAGE_PARTS.figures, PACKAGE_PARTS.register]) if (!data.has(part)) throw new AppError('PACKAGE_MISSING_PART', { part });
  return {
    manifest,
    manifestSha256: sha256(manifestBytes),
    fingerprint: fingerprintOf(manifest.publicKey),
    figures: parseJson(PACKAGE_PARTS.figures, data.get(PACKAGE_PARTS.figures)!, z.array(packageFigureSchema).max(5000)),
    register: parseJson(PACKAGE_PARTS.register, data.get(PACKAGE_PARTS.register)!, z.array(packageUnionSchema).max(200_000)),
    proposals: data.has(PACKAGE_PARTS.proposals) ? parseJson(PACKAGE_PARTS.proposals, data.get(PACKAGE_PARTS.proposals)!, z.array(packageProposalSchema).max(1000)) : [],
  };
}

/** `package verify`: the same checks, as a result with the one reason in the user's language. */
export function verifyPackageResult(zip: Buffer, ourAppVersion: string, locale: Locale): VerifyResult {
  try {
    const verified = verifyPackageBytes(zip, ourAppVersion);
    const m = verified.manifest;
    return { ok: true, office: m.office.code, officeName: m.office.name, period: m.period.year, revision: m.revision, fingerprint: verified.fingerprint, problems: [] };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ok: false, office: null, officeName: null, period: null, revision: null, fingerprint: null, problems: [errorMessage(locale, error.code, error.params)] };
  }
}
