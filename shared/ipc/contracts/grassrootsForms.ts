// Channels of the grassroots forms domain: Mẫu 1 out and back, Mẫu 2 (see shared/ipc/contract.ts).
import { z } from 'zod';
import { channel } from '../channel';
import { exportTargetSchema } from './files';
import type { FormCatalogue } from '../../grassrootsForms/catalogue';
import type { FormStatusRow, FormsImportResult, FormsMade, RecordChange, RolledUpFigure } from '../../grassrootsForms/model';
import { isoDateSchema } from '../../domain/format/isoDateSchema';

const period = isoDateSchema;
const id = z.number().int().positive();
const jobId = z.string().regex(/^[\w-]{6,64}$/).optional();

export interface UnionFormFigures {
  period: string;
  previousPeriod: string;
  current: Record<string, number>;
  previous: Record<string, number>;
  history: { id: number; source: 'file' | 'typed'; fileName: string; receivedAt: string; replacedAt: string | null }[];
  /** What the period's returns changed in the CĐCS's records (workers, women) as at the cut-off. */
  recordChanges: RecordChange[];
}

export const grassrootsFormsContract = {
  'forms:catalogue': channel(z.object({}).strict()).returns<FormCatalogue>(),
  'forms:make': channel(z.object({ period, unions: z.array(z.string().min(1).max(30)).max(5000).optional(), target: exportTargetSchema }).strict()).returns<FormsMade>(),
  'forms:import': channel(
    z
      .object({
        period,
        files: z.array(z.object({ name: z.string().min(1).max(500), base64: z.string().min(1).max(30_000_000) }).strict()).min(1).max(2000),
        assignments: z.array(z.object({ file: z.string().min(1).max(500), organizationId: id }).strict()).max(2000).optional(),
        jobId,
      })
      .strict(),
  ).returns<FormsImportResult>(),
  'forms:saveTyped': channel(
    z.object({ period, organizationId: id, values: z.record(z.string().min(1).max(80), z.number().int().min(0).max(1e15).nullable()) }).strict(),
  ).returns<{ id: number; replaced: boolean }>(),
  'forms:status': channel(z.object({ period, deadline: isoDateSchema.optional() }).strict()).returns<FormStatusRow[]>(),
  'forms:unionFigures': channel(z.object({ period, organizationId: id }).strict()).returns<UnionFormFigures>(),
  'forms:rollup': channel(z.object({ period }).strict()).returns<RolledUpFigure[]>(),
  'forms:exportRollup': channel(z.object({ period, target: exportTargetSchema }).strict()).returns<{ file: string }>(),
  'forms:exportReturns': channel(z.object({ period, target: exportTargetSchema }).strict()).returns<{ file: string; rows: number }>(),
};
