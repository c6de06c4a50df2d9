import type { auditContract } from '../../../shared/ipc/contracts/audit';
import type { DomainHandlers } from '../core/handler';
import { listAudit } from './history';

export const auditHandlers: DomainHandlers<keyof typeof auditContract> = {
  'audit:list': (ctx, query) => listAudit(ctx, query),
};
