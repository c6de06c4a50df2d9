import type { proposalsContract } from '../../../shared/ipc/contracts/proposals';
import type { DomainHandlers } from '../core/handler';

export const proposalsHandlers: DomainHandlers<keyof typeof proposalsContract> = {};
