// Channels of the statistics domain (see shared/ipc/contract.ts).
import { isoDateSchema } from '../../domain/format/isoDateSchema';
import { z } from 'zod';
import { channel } from '../channel';
import { careDraftSchema, type CareActivity } from '../../statistics/care';
import type { YearFigure } from '../../statistics/figures';
import type { ReportingPeriod } from '../../statistics/period';
import { targetDraftSchema, type MetricOption, type TargetView } from '../../statistics/targets';
import { idSchema, yearSchema } from '../../domain/schemas';
import { LOCALES } from '../../i18n/locale';

const id = idSchema;
const year = yearSchema;
const cutoff = isoDateSchema.optional();

export interface TargetList {
  year: number;
  period: ReportingPeriod;
  targets: TargetView[];
  metrics: MetricOption[];
}

export const statisticsContract = {
  // `locale`: the labels' language; a printout asks for Vietnamese whatever the screen's (an official document).
  'statistics:year': channel(z.object({ year, cutoff, locale: z.enum(LOCALES).optional() }).strict()).returns<{ period: ReportingPeriod; figures: YearFigure[]; afterCutoff: { decisions: number; awards: number } }>(),
  'targets:list': channel(z.object({ year, cutoff }).strict()).returns<TargetList>(),
  'targets:save': channel(z.object({ id: id.optional(), draft: targetDraftSchema }).strict()).returns<TargetView>(),
  'targets:setActual': channel(z.object({ id, value: z.number().min(0).max(1e15).nullable() }).strict()).returns<TargetView>(),
  'targets:delete': channel(z.object({ id }).strict()).returns<{ deleted: number }>(),
  'targets:copyYear': channel(z.object({ fromYear: year, toYear: year }).strict()).returns<{ copied: number; skipped: number }>(),
  'care:list': channel(z.object({ year }).strict()).returns<CareActivity[]>(),
  'care:save': channel(z.object({ id: id.optional(), draft: careDraftSchema }).strict()).returns<CareActivity>(),
  'care:delete': channel(z.object({ id }).strict()).returns<{ deleted: number }>(),
};
