import type { auditContract } from '../../../shared/ipc/contracts/audit';
import type { DomainHandlers } from '../core/handler';
import { listImports, undoableDeletes, undoImport } from '../imports';
import { listAudit } from './history';

export const auditHandlers: DomainHandlers<keyof typeof auditContract> = {
  'audit:list': (ctx, query) => listAudit(ctx, query),
  'imports:list': (ctx) => listImports(ctx.db),
  'imports:undo': (ctx, { id }) => undoImport(ctx, id),
  'unions:delete': (ctx, { id }) => undoableDeletes.union(ctx, id),
  'changes:undo': (ctx, { id }) => undoImport(ctx, id),
};
