import { CAMPAIGN_KINDS, LAUNCHERS, type Campaign, type CampaignDraft, type CampaignWithTotals } from '../../../shared/campaigns/model';
import { formatDateVi } from '../../../shared/domain/format/date';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import type { Db } from '../db/connection';
import { writeAudit } from '../audit';
import { columnsOf } from './rows';
import { campaignTotals } from './totals';
import { columns, int, oneOf, real, scalar, statement, text, textOrNull } from '../db/rows';

const SELECT = `SELECT id, year, name, kind, starts_on AS startsOn, ends_on AS endsOn, plan_number AS planNumber, plan_date AS planDate,
  launched_by AS launchedBy, launcher_name AS launcherName, goals, target_groups AS targetGroups, created_at AS createdAt,
  updated_at AS updatedAt FROM campaigns`;
const campaignRow = columns({
  id: int,
  year: int,
  name: text,
  kind: oneOf(CAMPAIGN_KINDS),
  startsOn: textOrNull,
  endsOn: textOrNull,
  planNumber: text,
  planDate: textOrNull,
  launchedBy: oneOf(LAUNCHERS),
  launcherName: text,
  goals: text,
  targetGroups: text,
  createdAt: text,
  updatedAt: text,
});
const campaignSql = statement(`${SELECT} WHERE id = ?`, campaignRow);
const campaignsOfYearSql = statement(
  `${SELECT} WHERE year = ? ORDER BY CASE kind WHEN 'regular' THEN 0 WHEN 'thematic' THEN 1 ELSE 2 END, starts_on, id`,
  campaignRow,
);

export function findCampaign(db: Db, id: number): Campaign | undefined {
  return campaignSql(db).get(id);
}

export function requireCampaign(db: Db, id: number): Campaign {
  const campaign = findCampaign(db, id);
  if (!campaign) throw new AppError('CAMPAIGN_NOT_FOUND', { id });
  return campaign;
}

export function getCampaign(db: Db, id: number): CampaignWithTotals {
  return { ...requireCampaign(db, id), totals: campaignTotals(db, { campaignId: id }) };
}

/** The campaigns of a year: regular first, then thematic and peak, each by start date, then as entered. */
export function listCampaigns(db: Db, year: number): CampaignWithTotals[] {
  return campaignsOfYearSql(db)
    .all(year)
    .map((campaign) => ({ ...campaign, totals: campaignTotals(db, { campaignId: campaign.id }) }));
}

/** The years that have campaigns, newest first. */
export function campaignYears(db: Db): number[] {
  return scalar(db, 'SELECT DISTINCT year FROM campaigns ORDER BY year DESC', real).all();
}

function checkDraft(draft: CampaignDraft): CampaignDraft {
  if (!draft.name) throw new AppError('CAMPAIGN_NAME_REQUIRED');
  if (draft.startsOn && draft.endsOn && draft.endsOn < draft.startsOn) {
    throw new AppError('CAMPAIGN_DATES_REVERSED', { startsOn: formatDateVi(draft.startsOn), endsOn: formatDateVi(draft.endsOn) });
  }
  if (draft.launchedBy === 'other' && !draft.launcherName) throw new AppError('CAMPAIGN_LAUNCHER_NAME_REQUIRED');
  return draft.launchedBy === 'other' ? draft : { ...draft, launcherName: '' };
}

export function saveCampaign(ctx: BackendContext, id: number | undefined, input: CampaignDraft): CampaignWithTotals {
  const draft = checkDraft(input);
  const at = ctx.now().toISOString();
  const columns = columnsOf(draft);
  const savedId = ctx.db.transaction(() => {
    if (id === undefined) {
      const names = Object.keys(columns);
      const info = ctx.db
        .prepare(`INSERT INTO campaigns (${names.join(', ')}, created_at, updated_at) VALUES (${names.map((n) => `@${n}`).join(', ')}, @at, @at)`)
        .run({ ...columns, at });
      const newId = Number(info.lastInsertRowid);
      writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'campaigns', entityId: newId, after: draft });
      return newId;
    }
    const before = requireCampaign(ctx.db, id);
    const sets = Object.keys(columns).map((n) => `${n} = @${n}`);
    ctx.db.prepare(`UPDATE campaigns SET ${sets.join(', ')}, updated_at = @at WHERE id = @id`).run({ ...columns, at, id });
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'campaigns', entityId: id, before, after: draft });
    return id;
  })();
  return getCampaign(ctx.db, savedId);
}

/** Deletes a campaign and, by cascade, everything recorded under it; the audit row keeps the counts. */
export function deleteCampaign(ctx: BackendContext, id: number): { deleted: number; totals: CampaignWithTotals['totals'] } {
  const at = ctx.now().toISOString();
  return ctx.db.transaction(() => {
    const before = getCampaign(ctx.db, id);
    ctx.db.prepare('DELETE FROM campaigns WHERE id = ?').run(id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'campaigns', entityId: id, before });
    return { deleted: 1, totals: before.totals };
  })();
}
