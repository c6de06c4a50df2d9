import { channel } from '../channel';
import { auditQuerySchema, type AuditPage } from '../../audit/model';

// Channels of the change history (see shared/ipc/contract.ts).
export const auditContract = {
  'audit:list': channel(auditQuerySchema).returns<AuditPage>(),
};
