import type { TargetList } from '../../../shared/ipc/contracts/statistics';
import { formatNumber } from '../../../shared/domain/format/number';
import { reportingPeriod } from '../../../shared/statistics/period';
import type { TargetDraft, TargetView } from '../../../shared/statistics/targets';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import { isKnownMetric, metricOptions, withActuals } from './targetActuals';
import { codeTaken, deleteTarget, findTarget, insertTarget, setManualActual, targetsOfYear, updateTarget, type TargetRow } from './targetsRepository';

export function listTargets(ctx: BackendContext, year: number, cutoff?: string): TargetList {
  const period = reportingPeriod(year, cutoff);
  return { year, period, targets: withActuals(ctx.db, targetsOfYear(ctx.db, year), period, ctx.locale), metrics: metricOptions(ctx.db, ctx.locale) };
}

function viewOf(ctx: BackendContext, id: number): TargetView {
  const row = findTarget(ctx.db, id);
  if (!row) throw new AppError('TARGET_NOT_FOUND', { id });
  const [view] = withActuals(ctx.db, [row], reportingPeriod(row.year), ctx.locale);
  if (!view) throw new AppError('TARGET_NOT_FOUND', { id });
  return view;
}

function requireTarget(ctx: BackendContext, id: number): TargetRow {
  const row = findTarget(ctx.db, id);
  if (!row) throw new AppError('TARGET_NOT_FOUND', { id });
  return row;
}

function validate(ctx: BackendContext, draft: TargetDraft, selfId?: number): void {
  const { name } = draft;
  if (draft.assigneeOrganizationId !== null && draft.assigneeClusterId !== null) throw new AppError('TARGET_ASSIGNEE_TWICE', { name });
  const hasAssignee = draft.assigneeOrganizationId !== null || draft.assigneeClusterId !== null;
  if (draft.assignedBy === 'upper' && hasAssignee) throw new AppError('TARGET_UPPER_WITH_ASSIGNEE', { name });
  if (draft.assignedBy === 'own_office' && !hasAssignee) throw new AppError('TARGET_OWN_WITHOUT_ASSIGNEE', { name });
  if (draft.assigneeOrganizationId !== null) {
    const found = ctx.db.prepare("SELECT 1 FROM organizations WHERE id = ? AND level = 'grassroots'").get(draft.assigneeOrganizationId);
    if (!found) throw new AppError('TARGET_ASSIGNEE_NOT_FOUND', { name, id: draft.assigneeOrganizationId });
  }
  if (draft.assigneeClusterId !== null && !ctx.db.prepare('SELECT 1 FROM clusters WHERE id = ?').get(draft.assigneeClusterId)) {
    throw new AppError('TARGET_ASSIGNEE_NOT_FOUND', { name, id: draft.assigneeClusterId });
  }
  if (draft.metric && !isKnownMetric(ctx.db, draft.metric)) throw new AppError('TARGET_METRIC_UNKNOWN', { name, metric: draft.metric });
  if (codeTaken(ctx.db, draft, selfId)) throw new AppError('TARGET_CODE_TAKEN', { code: draft.code, year: draft.year });
}

export function saveTarget(ctx: BackendContext, id: number | undefined, input: TargetDraft): TargetView {
  const draft = { ...input, metric: input.metric || null };
  const at = ctx.now().toISOString();
  const savedId = ctx.db.transaction(() => {
    validate(ctx, draft, id);
    if (id === undefined) {
      const newId = insertTarget(ctx.db, draft, at);
      writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'targets', entityId: newId, after: draft });
      return newId;
    }
    const before = requireTarget(ctx, id);
    updateTarget(ctx.db, id, draft, at);
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'targets', entityId: id, before, after: draft });
    return id;
  })();
  return viewOf(ctx, savedId);
}

/** Types the actual of a target the data does not count (null clears it); records who and when. */
export function setTargetActual(ctx: BackendContext, id: number, value: number | null): TargetView {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const before = requireTarget(ctx, id);
    const current = viewOf(ctx, id);
    if (current.source === 'data' && value !== null) {
      throw new AppError('TARGET_ACTUAL_FROM_DATA', { name: before.name, actual: formatNumber(current.actual ?? 0) });
    }
    setManualActual(ctx.db, id, value, ctx.actor, at);
    writeAudit(ctx.db, ctx.actor, at, {
      action: 'set_actual',
      entity: 'targets',
      entityId: id,
      before: { manualActual: before.manualActual, manualBy: before.manualBy, manualAt: before.manualAt },
      after: { manualActual: value },
    });
  })();
  return viewOf(ctx, id);
}

export function removeTarget(ctx: BackendContext, id: number): { deleted: number } {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const before = requireTarget(ctx, id);
    deleteTarget(ctx.db, id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'targets', entityId: id, before });
  })();
  return { deleted: 1 };
}

/** Copies a year's targets (without typed actuals) to another year; codes already there are skipped. */
export function copyTargets(ctx: BackendContext, fromYear: number, toYear: number): { copied: number; skipped: number } {
  if (fromYear === toYear) throw new AppError('TARGET_COPY_SAME_YEAR', { year: toYear });
  const at = ctx.now().toISOString();
  return ctx.db.transaction(() => {
    let copied = 0;
    let skipped = 0;
    for (const row of targetsOfYear(ctx.db, fromYear)) {
      const draft: TargetDraft = {
        year: toYear,
        code: row.code,
        name: row.name,
        unit: row.unit,
        target: row.target,
        assignedBy: row.assignedBy,
        assigneeOrganizationId: row.assigneeOrganizationId,
        assigneeClusterId: null, // clusters belong to one year: targets of a cluster are not copied
        metric: row.metric,
        note: row.note,
      };
      if (row.assigneeClusterId !== null || codeTaken(ctx.db, draft)) {
        skipped++;
        continue;
      }
      const id = insertTarget(ctx.db, draft, at);
      writeAudit(ctx.db, ctx.actor, at, { action: 'copy', entity: 'targets', entityId: id, after: { ...draft, fromYear } });
      copied++;
    }
    return { copied, skipped };
  })();
}
