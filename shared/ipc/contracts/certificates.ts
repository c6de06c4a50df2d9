// Channels of the certificates domain (see shared/ipc/contract.ts).
import { z } from 'zod';
import { channel } from '../channel';
import { calibrationDraftSchema, templateDraftSchema, type CertificateTemplate, type PrinterCalibration } from '../../certificates/template';
import {
  offsetSchema,
  printSchema,
  recordPrintedSchema,
  sheetsSchema,
  type AwardForCertificate,
  type CertificateSheets,
  type DecisionSummary,
  type PrintResult,
} from '../../certificates/print';
import type { LaidField } from '../../certificates/layout';
import type { CertificateValues } from '../../certificates/values';
import { exportTargetSchema } from './files';
import { idSchema, uploadSchema, yearSchema } from '../../domain/schemas';

const id = idSchema;

export const certificatesContract = {
  'certificates:templates': channel(z.object({}).strict()).returns<CertificateTemplate[]>(),
  'certificates:saveTemplate': channel(z.object({ id: id.optional(), draft: templateDraftSchema }).strict()).returns<CertificateTemplate>(),
  'certificates:deleteTemplate': channel(z.object({ id }).strict()).returns<{ deleted: number }>(),
  'certificates:background': channel(z.object({ id }).strict()).returns<{ dataUrl: string | null }>(),
  'certificates:setBackground': channel(
    z.object({ id, base64: uploadSchema('image').nullable() }).strict(),
  ).returns<{ hasBackground: boolean }>(),
  'certificates:calibrations': channel(z.object({}).strict()).returns<PrinterCalibration[]>(),
  'certificates:saveCalibration': channel(z.object({ id: id.optional(), draft: calibrationDraftSchema }).strict()).returns<PrinterCalibration>(),
  'certificates:deleteCalibration': channel(z.object({ id }).strict()).returns<{ deleted: number }>(),
  'certificates:decisions': channel(z.object({ year: yearSchema }).strict()).returns<DecisionSummary[]>(),
  'certificates:findDecision': channel(z.object({ number: z.string().trim().min(1).max(100) }).strict()).returns<DecisionSummary>(),
  'certificates:awards': channel(z.object({ decisionId: id }).strict()).returns<AwardForCertificate[]>(),
  /** Each field set in its box, for the on-screen preview (the same layout the PDF prints). */
  'certificates:layout': channel(
    z.object({ draft: templateDraftSchema, decisionId: id.optional(), awardId: id.optional(), offset: offsetSchema.default({}) }).strict(),
  ).returns<{ values: CertificateValues; fields: LaidField[] }>(),
  'certificates:print': channel(printSchema).returns<PrintResult>(),
  /** The chosen certificates laid out for the printer route (#/print/certificates), same layout as the PDF. */
  'certificates:sheets': channel(sheetsSchema).returns<CertificateSheets>(),
  /** After a print job went straight to the printer and reported success: records printed-at, no PDF. */
  'certificates:recordPrinted': channel(recordPrintedSchema).returns<{ printedAt: string; awards: number }>(),
  'certificates:calibrationSheet': channel(
    z.object({ templateId: id, offset: offsetSchema.default({}), target: exportTargetSchema }).strict(),
  ).returns<{ file: string; widthMm: number; heightMm: number }>(),
};
