import type { reportsContract } from '../../../shared/ipc/contracts/reports';
import type { DomainHandlers } from '../core/handler';

export const reportsHandlers: DomainHandlers<keyof typeof reportsContract> = {};
