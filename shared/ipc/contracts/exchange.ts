import { z } from 'zod';
import { channel } from '../channel';
import { inspectSchema, previewSchema, rejectedSchema, runSchema, templateSchema, type ImportInspection, type ImportPreview, type ImportResult } from '../../exchange/import';
import { memberFilterSchema } from '../../members/query';
import { exportTargetSchema } from './files';

export const exchangeContract = {
  'import:inspect': channel(inspectSchema).returns<ImportInspection>(),
  'import:preview': channel(previewSchema).returns<ImportPreview>(),
  'import:run': channel(runSchema).returns<ImportResult>(),
  'import:rejected': channel(rejectedSchema).returns<{ file: string }>(),
  /** A blank workbook for an import, its headers exactly what the import reads. */
  'import:template': channel(templateSchema).returns<{ file: string }>(),
  'export:members': channel(
    z
      .object({
        filter: memberFilterSchema,
        personalData: z.boolean().default(false),
        target: exportTargetSchema,
        jobId: z.string().regex(/^[\w-]{6,64}$/).optional(),
      })
      .strict(),
  ).returns<{ file: string; rows: number }>(),
};
