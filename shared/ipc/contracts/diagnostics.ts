import { z } from 'zod';
import { channel } from '../channel';
import { exportTargetSchema } from './files';

export const diagnosticsContract = {
  /** "Lưu thông tin lỗi": the version, the error the screen caught and the field log, in one text file to send to support. */
  'diagnostics:save': channel(
    z
      .object({
        target: exportTargetSchema,
        error: z.string().max(20_000).optional(),
        where: z.string().max(2_000).optional(),
      })
      .strict(),
  ).returns<{ file: string }>(),
};
