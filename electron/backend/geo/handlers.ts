import type { geoContract } from '../../../shared/ipc/contracts/geo';
import type { DomainHandlers } from '../core/handler';
import { loadProvinces } from './provinces';

export const geoHandlers: DomainHandlers<keyof typeof geoContract> = {
  'geo:provinces': (ctx) => loadProvinces(ctx.resourcesDir),
};
