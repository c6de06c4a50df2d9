import { z } from 'zod';
import { isoDateSchema } from '../domain/format/isoDateSchema';
import { yearSchema } from '../domain/schemas';

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';

/** Bounds checked from the zip's directory before anything is inflated. */
export const PACKAGE_LIMITS = {
  maxEntries: 64,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  /** Uncompressed / compressed, for entries over 1 MB. */
  maxRatio: 200,
} as const;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** A part's path inside the package: plain relative names, no "..", no absolute paths. */
export const packagePathSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/)
  .refine((p) => !p.split('/').includes('..'));

export const manifestSchema = z
  .object({
    format: z.literal('uniondesk-package'),
    formatVersion: z.literal(1),
    packageId: z.string().uuid(),
    office: z.object({ code: z.string().min(1).max(80), name: z.string().min(1).max(200), upperName: z.string().max(200) }).strict(),
    period: z.object({ year: yearSchema, from: isoDateSchema, cutoff: isoDateSchema }).strict(),
    revision: z.number().int().min(1),
    reportVersion: z.number().int().min(1),
    catalogueVersion: z.string().min(1).max(80),
    appVersion: z.string().regex(/^\d+\.\d+\.\d+/),
    createdAt: z.string().datetime(),
    publicKey: z.string().min(40).max(200),
    personal: z.boolean(),
    documents: z.object({ pdf: z.enum(['included', 'no-chromium', 'not-requested']) }).strict(),
    files: z.array(z.object({ path: packagePathSchema, size: z.number().int().min(0), sha256, storedSha256: sha256 }).strict()).min(1).max(60),
  })
  .strict();

export type PackageManifest = z.output<typeof manifestSchema>;

/** figures.json: the report's figures by code, with their sources. */
export const packageFigureSchema = z
  .object({
    code: z.string().min(1).max(80),
    section: z.string().max(40),
    label: z.string().max(300),
    unit: z.string().max(40),
    value: z.number().finite().nullable(),
    lastYear: z.number().finite().nullable(),
    source: z.enum(['data', 'manual', 'override']),
    reason: z.string().max(500),
  })
  .strict();
export type PackageFigure = z.output<typeof packageFigureSchema>;

/** register.json: the CĐCS at the cut-off, counts only. */
export const packageUnionSchema = z
  .object({
    code: z.string().min(1).max(40),
    name: z.string().max(300),
    sector: z.string().max(40).nullable(),
    members: z.number().int().min(0),
    women: z.number().int().min(0),
    rating: z.string().max(40).nullable(),
  })
  .strict();
export type PackageUnion = z.output<typeof packageUnionSchema>;

/** The parts every package has (documents and the personal list come on top). */
export const PACKAGE_PARTS = {
  figures: 'figures.json',
  register: 'register.json',
  awards: 'awards.json',
  awardsXlsx: 'awards.xlsx',
  proposals: 'proposals.json',
  proposalsXlsx: 'proposals.xlsx',
  reportDocx: 'documents/bao-cao-tong-ket.docx',
  reportXlsx: 'documents/bao-cao-tong-ket.xlsx',
  reportPdf: 'documents/bao-cao-tong-ket.pdf',
  members: 'personal/doan-vien.xlsx',
} as const;
