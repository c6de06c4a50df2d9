import type { dashboardContract } from '../../../shared/ipc/contracts/dashboard';
import type { DomainHandlers } from '../core/handler';
import { dashboardYear } from './yearOverview';

export const dashboardHandlers: DomainHandlers<keyof typeof dashboardContract> = {
  'dashboard:year': (ctx, { year }) => dashboardYear(ctx.db, year),
};
