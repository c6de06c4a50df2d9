import type { statisticsContract } from '../../../shared/ipc/contracts/statistics';
import type { DomainHandlers } from '../core/handler';
import { deleteCare, listCare, saveCare } from './careService';
import { copyTargets, listTargets, removeTarget, saveTarget, setTargetActual } from './targetsService';
import { decisionsAfterCutoff } from './decisionsAfterCutoff';
import { computeYearFigures, periodOf } from './yearFigures';

export const statisticsHandlers: DomainHandlers<keyof typeof statisticsContract> = {
  'statistics:year': (ctx, { year, cutoff, locale }) => {
    const period = periodOf({ year, cutoff });
    return { period, figures: computeYearFigures(ctx.db, { year, cutoff, locale: locale ?? ctx.locale }), afterCutoff: decisionsAfterCutoff(ctx.db, period) };
  },
  'targets:list': (ctx, { year, cutoff }) => listTargets(ctx, year, cutoff),
  'targets:save': (ctx, { id, draft }) => saveTarget(ctx, id, draft),
  'targets:setActual': (ctx, { id, value }) => setTargetActual(ctx, id, value),
  'targets:delete': (ctx, { id }) => removeTarget(ctx, id),
  'targets:copyYear': (ctx, { fromYear, toYear }) => copyTargets(ctx, fromYear, toYear),
  'care:list': (ctx, { year }) => listCare(ctx, year),
  'care:save': (ctx, { id, draft }) => saveCare(ctx, id, draft),
  'care:delete': (ctx, { id }) => deleteCare(ctx, id),
};
