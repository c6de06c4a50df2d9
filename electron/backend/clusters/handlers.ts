import type { clustersContract } from '../../../shared/ipc/contracts/clusters';
import type { DomainHandlers } from '../core/handler';
import { listClusters } from './clusterRepository';
import { clusterDetail, copyClusterToNextYear, saveCluster, savePledge, setClusterMembers } from './clusterService';
import { exportSheetXlsx } from './exportXlsx';
import { rankSheet } from './ranking';
import { applyRatings, listRatings, setRating } from './ratings';
import { saveScores } from './scoreService';
import { listSheets, sheetDetail } from './sheetRepository';
import { createSheet, deleteSheet, saveCriteria, saveSettings } from './sheetService';
import { undoableDeletes } from '../imports/deletions';
import { columns, int, query, text } from '../db/rows';

export const clustersHandlers: DomainHandlers<keyof typeof clustersContract> = {
  'clusters:list': (ctx, { year }) => listClusters(ctx.db, year),
  'clusters:get': (ctx, { id }) => clusterDetail(ctx.db, id),
  'clusters:save': (ctx, { id, draft }) => saveCluster(ctx, id, draft),
  'clusters:delete': (ctx, { id }) => undoableDeletes.cluster(ctx, id),
  'clusters:setMembers': (ctx, { id, members }) => setClusterMembers(ctx, id, members),
  'clusters:savePledge': (ctx, { id, pledge }) => savePledge(ctx, id, pledge),
  'clusters:ownOffice': (ctx) =>
    (query(ctx.db, 'SELECT id, name FROM organizations WHERE is_own_office = 1', columns({ id: int, name: text })).get()) ?? null,
  'clusters:copyToNextYear': (ctx, { id }) => copyClusterToNextYear(ctx, id),
  'scoreSheets:list': (ctx, { year }) => listSheets(ctx.db, year),
  'scoreSheets:get': (ctx, { id }) => sheetDetail(ctx.db, id),
  'scoreSheets:create': (ctx, { clusterId, copyFrom }) => createSheet(ctx, clusterId, copyFrom),
  'scoreSheets:delete': (ctx, { id }) => deleteSheet(ctx, id),
  'scoreSheets:saveCriteria': (ctx, { id, criteria }) => saveCriteria(ctx, id, criteria),
  'scoreSheets:saveSettings': (ctx, { id, settings }) => saveSettings(ctx, id, settings),
  'scoreSheets:ranking': (ctx, { id }) => rankSheet(ctx.db, id),
  'scoreSheets:applyRatings': (ctx, { id }) => applyRatings(ctx, id),
  'scoreSheets:export': (ctx, { id, what, target }) => exportSheetXlsx(ctx, id, what, target),
  'scores:save': (ctx, { sheetId, cells }) => saveScores(ctx, sheetId, cells),
  'unionRatings:list': (ctx, query) => listRatings(ctx.db, query),
  'unionRatings:set': (ctx, { organizationId, year, rating }) => setRating(ctx, organizationId, year, rating),
};
