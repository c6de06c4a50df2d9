import { todayIso } from '../../../shared/domain/format/date';
import type { DomainHandlers } from '../core/handler';
import { getSettings } from '../settings';
import { organizationSummary } from './summary';

export const organizationsHandlers: DomainHandlers<'organizations:summary'> = {
  'organizations:summary': (ctx) =>
    organizationSummary(ctx.db, todayIso(ctx.now()), getSettings(ctx.db, ctx.now())['office.workingYear']),
};
