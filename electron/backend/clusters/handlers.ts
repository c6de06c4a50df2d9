import type { clustersContract } from '../../../shared/ipc/contracts/clusters';
import type { DomainHandlers } from '../core/handler';

export const clustersHandlers: DomainHandlers<keyof typeof clustersContract> = {};
