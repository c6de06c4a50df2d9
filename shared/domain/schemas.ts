import { z } from 'zod';

/*
 * The building blocks every contract and model schema uses, declared once: a record id, a job id,
 * the years the app accepts, and how large an upload may be.
 */

export const idSchema = z.number().int().positive();

/** The id the renderer makes up for a long job, to follow its progress and cancel it. */
export const jobIdSchema = z.string().regex(/^[\w-]{6,64}$/u);

export const YEAR_BOUNDS = { min: 1900, max: 2100 } as const;
export const yearSchema = z.number().int().min(YEAR_BOUNDS.min).max(YEAR_BOUNDS.max);

/** The largest file of each kind a user may hand the app, in megabytes. */
export const UPLOAD_LIMITS_MB = {
  /** An Excel list or a returned Mẫu 1 form. */
  spreadsheet: 48,
  /** A Word template of the user's own. */
  wordTemplate: 20,
  /** A scanned certificate blank. */
  image: 15,
  /** A yearly package from a lower office. */
  package: 48,
  /** The upper level's signed receipt for a package, with the outcome of every proposal row. */
  receipt: 5,
  /** A database backup restored in the browser preview (an office of about 70,000 members); the desktop app reads the file itself, without a limit. */
  backup: 64,
} as const;
export type UploadKind = keyof typeof UPLOAD_LIMITS_MB;

/** How many base64 characters a file of `megabytes` takes. */
export function base64Length(megabytes: number): number {
  return Math.ceil((megabytes * 1024 * 1024) / 3) * 4;
}

/** The largest upload of any kind, as base64: what a host must accept in one request. */
export const LARGEST_UPLOAD_BASE64 = Math.max(...Object.values(UPLOAD_LIMITS_MB).map(base64Length));

/** A file's bytes as base64, refused above its kind's limit (an empty file is the backend's to name). */
export function uploadSchema(kind: UploadKind) {
  return z.string().max(base64Length(UPLOAD_LIMITS_MB[kind]));
}
