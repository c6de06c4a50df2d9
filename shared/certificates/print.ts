import { z } from 'zod';
import { exportTargetSchema } from '../safety/fileTarget';
import type { LaidField } from './layout';
import { idSchema, jobIdSchema } from '../domain/schemas';

const id = idSchema;

/** The printer's offset: a saved calibration, or dx/dy typed at print time. */
export const offsetSchema = z
  .object({ calibrationId: id.optional(), dxMm: z.number().min(-50).max(50).optional(), dyMm: z.number().min(-50).max(50).optional() })
  .strict();

export const printSchema = z
  .object({
    decisionId: id,
    /** Only these awards of the decision (a selection, or one spoiled sheet); all when absent. */
    awardIds: z.array(id).min(1).max(100_000).optional(),
    templateId: id.optional(),
    offset: offsetSchema.default({}),
    /** Reprint of spoiled sheets: recorded as reprints. */
    reprint: z.boolean().default(false),
    target: exportTargetSchema,
    jobId: jobIdSchema.optional(),
  })
  .strict();
export type PrintRequest = z.input<typeof printSchema>;

/** Which certificates, on which template, shifted by which offset: what the print route lays out. */
export const sheetsSchema = printSchema.pick({ decisionId: true, awardIds: true, templateId: true, offset: true });
export type SheetsRequest = z.input<typeof sheetsSchema>;

/** A print job that went to the printer (not through a PDF) and reported success. */
export const recordPrintedSchema = printSchema.omit({ target: true, jobId: true });
export type RecordPrintedRequest = z.input<typeof recordPrintedSchema>;

export interface DecisionSummary {
  id: number;
  number: string;
  decidedOn: string;
  issuerName: string;
  formKindId: number | null;
  formName: string;
  subject: string;
  awards: number;
  printed: number;
}

export interface AwardForCertificate {
  id: number;
  recipientName: string;
  recipientUnit: string;
  achievement: string;
  recipientKind: 'individual' | 'collective';
  certificatePrintedAt: string | null;
  prints: number;
}

/** Each certificate laid out by the backend (the layout the PDF prints), for the print route. */
export interface CertificateSheets {
  templateId: number;
  templateName: string;
  widthMm: number;
  heightMm: number;
  decisionNumber: string;
  sheets: { awardId: number; recipientName: string; fields: LaidField[] }[];
}

export interface PrintResult {
  file: string;
  pages: number;
  templateId: number;
  dxMm: number;
  dyMm: number;
  printedAt: string;
  /** Fields that did not fit even at the smallest size: page and field, printed in full anyway. */
  overflow: { page: number; field: string }[];
}
