import type { settingsContract } from '../../../shared/ipc/contracts/settings';
import type { DomainHandlers } from '../core/handler';
import { deleteBaseSalary, listBaseSalaries, saveBaseSalary } from './baseSalaries';
import { getSettings, updateSettings } from './service';

export const settingsHandlers: DomainHandlers<keyof typeof settingsContract> = {
  'settings:get': (ctx) => getSettings(ctx.db, ctx.now()),
  'settings:update': (ctx, patch) => updateSettings(ctx, patch),
  'baseSalary:list': (ctx) => listBaseSalaries(ctx.db),
  'baseSalary:save': (ctx, input) => saveBaseSalary(ctx, input),
  'baseSalary:delete': (ctx, { id }) => deleteBaseSalary(ctx, id),
};
