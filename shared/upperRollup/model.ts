import { z } from 'zod';
import { isoDateSchema } from '../domain/format/isoDateSchema';
import { idSchema, yearSchema } from '../domain/schemas';

/** chưa nộp / đã nộp / đã nhận / trả lại / nộp muộn. */
export const LOWER_STATUSES = ['missing', 'submitted', 'received', 'returned', 'late'] as const;
export type LowerStatus = (typeof LOWER_STATUSES)[number];

export interface LowerOfficeRow {
  id: number;
  code: string;
  name: string;
  fingerprint: string | null;
  dueOn: string | null;
  status: LowerStatus;
  /** The latest package of the year (received row id), if any. */
  packageRowId: number | null;
  revision: number | null;
  receivedAt: string | null;
  reason: string;
}

export interface FigureChange {
  code: string;
  label: string;
  before: number | null;
  after: number | null;
}

export interface ImportedPackage {
  file: string;
  office: string;
  officeName: string;
  year: number;
  revision: number;
  fingerprint: string;
  /** The key was pinned by this package (first package, or re-pinned on purpose). */
  pinned: boolean;
}

export interface UpperImportResult {
  accepted: ImportedPackage[];
  replaced: (ImportedPackage & { previousRevision: number; changes: FigureChange[] })[];
  unchanged: ImportedPackage[];
  /** `office` and `repinnable` when the package was valid but signed by another key than the pinned one. */
  refused: { file: string; reason: string; office?: string; repinnable?: boolean }[];
}

export interface RollupRow {
  code: string;
  section: string;
  label: string;
  unit: string;
  rule: 'sum' | 'ratio' | 'weighted';
  total: number | null;
  lastYearTotal: number | null;
  /** By office name. */
  offices: Record<string, number | null>;
  /** Each office's change from last year, by office name. */
  changes: Record<string, number | null>;
}

export interface RollupDuplicate {
  code: string;
  name: string;
  offices: string[];
}

export interface Rollup {
  year: number;
  offices: { code: string; name: string; revision: number }[];
  rows: RollupRow[];
  duplicates: RollupDuplicate[];
}

export const lowerOfficeSaveSchema = z
  .object({ code: z.string().trim().min(1).max(80).regex(/^[a-z0-9-]+$/), name: z.string().trim().min(1).max(200) })
  .strict();

export const deadlineSchema = z.object({ officeId: idSchema, year: yearSchema, dueOn: isoDateSchema.nullable() }).strict();
