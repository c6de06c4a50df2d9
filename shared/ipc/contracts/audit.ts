import { z } from 'zod';
import { channel } from '../channel';
import { idSchema } from '../../domain/schemas';
import { auditQuerySchema, type AuditPage } from '../../audit/model';
import type { ImportRunView } from '../../audit/imports';

// Channels of the change history and of undo (see shared/ipc/contract.ts).
export const auditContract = {
  'audit:list': channel(auditQuerySchema).returns<AuditPage>(),
  'imports:list': channel(z.object({}).strict()).returns<ImportRunView[]>(),
  /** Puts back the rows an import found, in one transaction; refused when later changes touched them. */
  /** Deletes a CĐCS created by mistake and never used (one in use is refused: dissolve it). */
  'unions:delete': channel(z.object({ id: idSchema }).strict()).returns<{ deleted: number; undoId: number }>(),
  /** "Hoàn tác" of a deletion: the rows it removed, children included, put back exactly. */
  'changes:undo': channel(z.object({ id: idSchema }).strict()).returns<{ removed: number; restored: number }>(),
  'imports:undo': channel(z.object({ id: idSchema }).strict()).returns<{ removed: number; restored: number }>(),
};
