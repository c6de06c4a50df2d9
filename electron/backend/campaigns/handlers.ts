import type { campaignsContract } from '../../../shared/ipc/contracts/campaigns';
import type { DomainHandlers } from '../core/handler';

export const campaignsHandlers: DomainHandlers<keyof typeof campaignsContract> = {};
