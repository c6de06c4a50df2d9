import { z } from 'zod';
import { channel } from '../channel';
import {
  clusterDraftSchema,
  clusterMemberInputSchema,
  criterionInputSchema,
  idSchema as id,
  pledgeSchema,
  scoreCellSchema,
  sheetSettingsSchema,
  unionRatingsQuerySchema,
  yearSchema as year,
  type ClusterDetail,
  type ClusterSummary,
  type Pledge,
  type SheetDetail,
  type SheetSummary,
  type UnionRatingRow,
} from '../../clusters/model';
import type { RankedUnit } from '../../clusters/ranking';
import { UNION_RATINGS } from '../../clusters/bands';
import { exportTargetSchema } from './files';

// Channels of the clusters domain (see shared/ipc/contract.ts).
export const clustersContract = {
  'clusters:list': channel(z.object({ year }).strict()).returns<ClusterSummary[]>(),
  'clusters:get': channel(z.object({ id }).strict()).returns<ClusterDetail>(),
  'clusters:save': channel(z.object({ id: id.optional(), draft: clusterDraftSchema }).strict()).returns<{ id: number }>(),
  'clusters:delete': channel(z.object({ id }).strict()).returns<{ deleted: number; undoId: number }>(),
  /** The whole list of units with their roles, in order; units left out are removed (with their scores). */
  'clusters:setMembers': channel(z.object({ id, members: z.array(clusterMemberInputSchema).max(500) }).strict()).returns<ClusterDetail>(),
  'clusters:savePledge': channel(z.object({ id, pledge: pledgeSchema }).strict()).returns<Pledge>(),
  /** Our office as a unit of a peer cluster. */
  'clusters:ownOffice': channel(z.object({}).strict()).returns<{ id: number; name: string } | null>(),
  /** Same units next year, leader and deputy rotated; the criteria table is copied too. */
  'clusters:copyToNextYear': channel(z.object({ id }).strict()).returns<{ id: number; year: number }>(),
  'scoreSheets:list': channel(z.object({ year }).strict()).returns<SheetSummary[]>(),
  'scoreSheets:get': channel(z.object({ id }).strict()).returns<SheetDetail>(),
  /** A sheet for a cluster: a copy of another sheet (last year's) or an empty table with the default bands. */
  'scoreSheets:create': channel(z.object({ clusterId: id, copyFrom: id.nullable() }).strict()).returns<{ id: number }>(),
  'scoreSheets:delete': channel(z.object({ id }).strict()).returns<{ deleted: number }>(),
  /** The whole table in order; rows left out are removed (with their scores). */
  'scoreSheets:saveCriteria': channel(z.object({ id, criteria: z.array(criterionInputSchema).max(500) }).strict()).returns<SheetDetail>(),
  'scoreSheets:saveSettings': channel(z.object({ id, settings: sheetSettingsSchema }).strict()).returns<SheetDetail>(),
  'scoreSheets:ranking': channel(z.object({ id }).strict()).returns<RankedUnit[]>(),
  /** Writes the agreed classification of a cluster of our CĐCS into union_ratings (source 'scoring'). */
  'scoreSheets:applyRatings': channel(z.object({ id }).strict()).returns<{ applied: number }>(),
  'scoreSheets:export': channel(
    z.object({ id, what: z.enum(['sheet', 'ranking']), target: exportTargetSchema }).strict(),
  ).returns<{ file: string }>(),
  /** Saves cells (one field each) in one transaction; refuses the lot if one is out of range. */
  'scores:save': channel(z.object({ sheetId: id, cells: z.array(scoreCellSchema).min(1).max(20_000) }).strict()).returns<{
    saved: number;
    ranking: RankedUnit[];
  }>(),
  'unionRatings:list': channel(unionRatingsQuerySchema).returns<{ total: number; items: UnionRatingRow[] }>(),
  'unionRatings:set': channel(
    z.object({ organizationId: id, year, rating: z.enum(UNION_RATINGS).nullable() }).strict(),
  ).returns<UnionRatingRow>(),
};
