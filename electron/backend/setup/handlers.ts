import type { setupContract } from '../../../shared/ipc/contracts/setup';
import type { DomainHandlers } from '../core/handler';
import { startOffice } from './service';
import { clearDemoData } from './demoData';

export const setupHandlers: DomainHandlers<keyof typeof setupContract> = {
  'setup:start': (ctx, input) => startOffice(ctx, input),
  'setup:clearDemo': (ctx) => clearDemoData(ctx),
};
