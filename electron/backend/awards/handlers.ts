import type { awardsContract } from '../../../shared/ipc/contracts/awards';
import type { DomainHandlers } from '../core/handler';

export const awardsHandlers: DomainHandlers<keyof typeof awardsContract> = {};
