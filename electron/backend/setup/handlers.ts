import type { setupContract } from '../../../shared/ipc/contracts/setup';
import type { DomainHandlers } from '../core/handler';
import { startOffice } from './service';

export const setupHandlers: DomainHandlers<keyof typeof setupContract> = {
  'setup:start': (ctx, input) => startOffice(ctx, input),
};
