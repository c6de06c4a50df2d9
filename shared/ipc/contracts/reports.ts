import { z } from 'zod';
import { channel } from '../channel';
import {
  reportFigureSetSchema,
  reportHeaderSchema,
  reportSectionsSaveSchema,
  reportYearSchema,
  type ReportDocument,
  type ReportFigure,
  type ReportHeader,
  type ReportState,
} from '../../reports/model';
import { exportTargetSchema } from './files';

const year = reportYearSchema;
const version = z.number().int().positive();

// Channels of the reports domain (see shared/ipc/contract.ts).
export const reportsContract = {
  /** The figures the report shows (typed values and overrides applied); computed only when there is no report yet. */
  'reports:stats': channel(z.object({ year }).strict()).returns<ReportFigure[]>(),
  'reports:get': channel(z.object({ year }).strict()).returns<ReportState>(),
  'reports:create': channel(z.object({ year, from: z.enum(['template', 'lastYear']) }).strict()).returns<ReportState>(),
  'reports:saveHeader': channel(z.object({ year, header: reportHeaderSchema }).strict()).returns<ReportHeader>(),
  'reports:saveSections': channel(reportSectionsSaveSchema).returns<{ updatedAt: string; sections: { key: string; html: string }[] }>(),
  'reports:setFigure': channel(reportFigureSetSchema).returns<ReportFigure>(),
  /** "Số liệu: của đơn vị / tổng hợp từ cấp dưới" (an upper office with packages for the year). */
  'reports:figuresFrom': channel(z.object({ year, from: z.enum(['own', 'rollup']) }).strict()).returns<ReportState>(),
  'reports:finalize': channel(z.object({ year, allowUnwritten: z.boolean().optional() }).strict()).returns<{ version: number; finalizedAt: string }>(),
  /** The draft with live figures (no version) or a finalised version as frozen. */
  'reports:document': channel(z.object({ year, version: version.optional() }).strict()).returns<ReportDocument>(),
  'reports:export': channel(
    z
      .object({
        year,
        version: version.optional(),
        format: z.enum(['docx', 'xlsx', 'pdf']),
        target: exportTargetSchema,
        jobId: z.string().regex(/^[\w-]{6,64}$/).optional(),
      })
      .strict(),
  ).returns<{ file: string }>(),
  'reports:templateStatus': channel(z.object({}).strict()).returns<{ custom: boolean }>(),
  'reports:templateReplace': channel(z.object({ fileName: z.string().trim().min(1).max(260), base64: z.string().min(1).max(30_000_000) }).strict()).returns<{ custom: boolean }>(),
  'reports:templateRestore': channel(z.object({}).strict()).returns<{ custom: boolean }>(),
};
