import { z } from 'zod';
import { channel } from '../channel';
import { auditQuerySchema, type AuditPage } from '../../audit/model';
import type { ImportRunView } from '../../audit/imports';

// Channels of the change history and of undo (see shared/ipc/contract.ts).
export const auditContract = {
  'audit:list': channel(auditQuerySchema).returns<AuditPage>(),
  'imports:list': channel(z.object({}).strict()).returns<ImportRunView[]>(),
  /** Puts back the rows an import found, in one transaction; refused when later changes touched them. */
  'imports:undo': channel(z.object({ id: z.number().int().positive() }).strict()).returns<{ removed: number; restored: number }>(),
};
