import type { statisticsContract } from '../../../shared/ipc/contracts/statistics';
import type { DomainHandlers } from '../core/handler';

export const statisticsHandlers: DomainHandlers<keyof typeof statisticsContract> = {};
