import { z } from 'zod';

/** Lists kept under a campaign (criteria: under a score sheet), imported all or nothing. */
export const LIST_IMPORT_KINDS = ['works', 'initiatives', 'honours', 'contestants', 'criteria'] as const;
export type ListImportKind = (typeof LIST_IMPORT_KINDS)[number];
export const IMPORT_KINDS = ['members', 'unions', ...LIST_IMPORT_KINDS] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const isListImportKind = (kind: string): kind is ListImportKind => (LIST_IMPORT_KINDS as readonly string[]).includes(kind);
export const DUPLICATE_ACTIONS = ['skip', 'update', 'import'] as const;
export type DuplicateAction = (typeof DUPLICATE_ACTIONS)[number];

const token = z.string().regex(/^imp-[\w-]+$/);
const mapping = z.record(z.string().max(40), z.number().int().min(0).max(500));

export const inspectSchema = z
  .object({
    kind: z.enum(IMPORT_KINDS),
    fileName: z.string().trim().min(1).max(260),
    /** The file's bytes, base64: the renderer reads the chosen file itself, in Electron and the preview alike. */
    base64: z.string().max(90_000_000),
    sheetIndex: z.number().int().min(0).max(200).optional(),
    /** For a list kind: the campaign the rows go to (for criteria, the score sheet). */
    targetId: z.number().int().positive().optional(),
  })
  .strict();

/** Every import offers a blank workbook whose headers are what its reader accepts. */
export const TEMPLATE_KINDS = [...IMPORT_KINDS, 'awards'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export const templateSchema = z.object({ kind: z.enum(TEMPLATE_KINDS), target: z.string().min(1).max(1000).optional() }).strict();

export const previewSchema = z
  .object({ token, mapping, defaultOrganizationId: z.number().int().positive().optional() })
  .strict();

export const runSchema = previewSchema
  .extend({
    onDuplicate: z.enum(DUPLICATE_ACTIONS).default('skip'),
    dryRun: z.boolean().default(false),
    jobId: z.string().regex(/^[\w-]{6,64}$/).optional(),
  })
  .strict();

export const rejectedSchema = z.object({ token, target: z.string().min(1).max(1000).optional() }).strict();

export interface ImportColumn {
  index: number;
  label: string;
  samples: string[];
}

export interface ImportInspection {
  token: string;
  kind: ImportKind;
  fileName: string;
  sheets: { index: number; name: string; rows: number }[];
  sheetIndex: number;
  /** A pre-Unicode file (TCVN3 / VNI) was found and converted. */
  encoding: 'unicode' | 'tcvn3' | 'vni';
  /** 1-based sheet row of the header, or null when no header row was recognised. */
  headerRow: number | null;
  columns: ImportColumn[];
  fields: { key: string; label: string; required: boolean }[];
  mapping: Record<string, number>;
}

export interface ImportProblemView {
  row: number;
  column: string;
  field: string;
  message: string;
}

export interface DuplicateView {
  row: number;
  /** The member or CĐCS already in the office; null when the match is an earlier row of the same file (fileRow). */
  existingId: number | null;
  existingName: string;
  existingDetail: string;
  /**
   * similarName: the same name without diacritics and birth date, a possible duplicate only;
   * similarRowInFile: the same folded name, birth date and CĐCS as the earlier row `fileRow` of the file.
   */
  reason: 'cccd' | 'nameBirth' | 'code' | 'name' | 'similarName' | 'similarRowInFile';
  fileRow?: number;
}

export interface ImportPreview {
  token: string;
  dataRows: number;
  validRows: number;
  rejectedRows: number;
  problems: ImportProblemView[];
  problemCount: number;
  duplicates: DuplicateView[];
  /** "Có thể trùng": rows imported as new members unless the user decides otherwise. */
  possibleDuplicates: DuplicateView[];
}

/** The shape scripts rely on (`uniondesk import … --json`). */
export interface ImportResult {
  imported: number;
  updated: number;
  skipped: number;
  errors: { row: number; column: string; message: string }[];
  rejectedFile: string | null;
  dryRun: boolean;
  /** Problems after the rows were committed (e.g. the rejected-rows file could not be written). */
  warnings?: string[];
  /** Rows imported (or to import) as new members that resemble one already there ("có thể trùng"). */
  possibleDuplicates: { row: number; name: string; existingName: string; existingDetail: string; fileRow?: number }[];
}
