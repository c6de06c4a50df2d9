import type { ClusterDetail, ClusterDraft, ClusterMemberInput, Pledge, PledgeDraft } from '../../../shared/clusters/model';
import { clusterDraftSchema, pledgeSchema } from '../../../shared/clusters/model';
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import { isoTimestamp, type BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit/auditLog';
import type { Db } from '../db/connection';
import { clusterMembers, clusterPledge, findCluster, requireCluster } from './clusterRepository';
import { suggestRotation } from './rotation';
import { copySheetContent } from './sheetCopy';
import { int, scalar, scalarStatement, text } from '../db/rows';

const levelOf = scalarStatement('SELECT level FROM organizations WHERE id = ?', text);

export function clusterDetail(db: Db, id: number): ClusterDetail {
  const cluster = requireCluster(db, id);
  const members = clusterMembers(db, id);
  return { cluster, members, pledge: clusterPledge(db, id), rotation: suggestRotation(db, cluster, members) };
}

function assertNameFree(db: Db, year: number, name: string, exceptId?: number): void {
  const other = scalar(db, 'SELECT id FROM clusters WHERE year = ? AND name = ?', int).get(year, name);
  if (other !== undefined && other !== exceptId) throw new AppError('CLUSTER_NAME_TAKEN', { year, name });
}

export function saveCluster(ctx: BackendContext, id: number | undefined, input: ClusterDraft): { id: number } {
  const draft = clusterDraftSchema.parse(input);
  const at = isoTimestamp(ctx.now());
  return ctx.db.transaction(() => {
    assertNameFree(ctx.db, draft.year, draft.name, id);
    if (id === undefined) {
      const newId = Number(
        ctx.db
          .prepare('INSERT INTO clusters (year, name, kind, scope, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(draft.year, draft.name, draft.kind, draft.scope, draft.note, at, at).lastInsertRowid,
      );
      writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'clusters', entityId: newId, after: draft });
      return { id: newId };
    }
    const before = requireCluster(ctx.db, id);
    if (draft.scope !== before.scope) checkMembers(ctx.db, draft.scope, clusterMembers(ctx.db, id));
    ctx.db
      .prepare('UPDATE clusters SET year = ?, name = ?, kind = ?, scope = ?, note = ?, updated_at = ? WHERE id = ?')
      .run(draft.year, draft.name, draft.kind, draft.scope, draft.note, at, id);
    ctx.db.prepare('UPDATE score_sheets SET year = ? WHERE cluster_id = ?').run(draft.year, id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'clusters', entityId: id, before, after: draft });
    return { id };
  })();
}

export function deleteCluster(ctx: BackendContext, id: number): { deleted: number } {
  const at = isoTimestamp(ctx.now());
  return ctx.db.transaction(() => {
    const before = findCluster(ctx.db, id);
    if (!before) return { deleted: 0 };
    const members = clusterMembers(ctx.db, id);
    ctx.db.prepare('DELETE FROM clusters WHERE id = ?').run(id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'clusters', entityId: id, before: { ...before, members } });
    return { deleted: 1 };
  })();
}

function checkMembers(db: Db, scope: string, members: readonly ClusterMemberInput[]): void {
  const seen = new Set<string>();
  for (const m of members) {
    if (m.organizationId !== null) {
      const level = levelOf(db).get(m.organizationId);
      if (level === undefined) throw new AppError('CLUSTER_ORG_NOT_FOUND', { id: m.organizationId });
      if (scope === 'own_unions' && level !== 'grassroots') throw new AppError('CLUSTER_NO_PEERS_IN_OWN', { name: m.name });
    } else if (scope === 'own_unions') {
      throw new AppError('CLUSTER_NO_PEERS_IN_OWN', { name: m.name });
    }
    const keys = [`n${foldVietnamese(m.name).trim()}`, ...(m.organizationId !== null ? [`o${m.organizationId}`] : [])];
    if (keys.some((k) => seen.has(k))) throw new AppError('CLUSTER_MEMBER_DUPLICATE', { name: m.name });
    for (const k of keys) seen.add(k);
  }
  for (const role of ['leader', 'deputy'] as const) {
    const count = members.filter((m) => m.role === role).length;
    if (count > 1) throw new AppError('CLUSTER_ROLE_TWICE', { role: role === 'leader' ? 'cụm trưởng' : 'cụm phó', count });
  }
}

/** Replaces the cluster's list of units: keeps those with an id, adds the new, removes the rest. */
export function setClusterMembers(ctx: BackendContext, id: number, members: readonly ClusterMemberInput[]): ClusterDetail {
  const at = isoTimestamp(ctx.now());
  return ctx.db.transaction(() => {
    const cluster = requireCluster(ctx.db, id);
    checkMembers(ctx.db, cluster.scope, members);
    const before = clusterMembers(ctx.db, id);
    const keep = new Set(members.flatMap((m) => (m.id !== undefined ? [m.id] : [])));
    for (const m of members) {
      if (m.id !== undefined && !before.some((b) => b.id === m.id)) throw new AppError('CLUSTER_MEMBER_NOT_FOUND', { id: m.id });
    }
    const remove = ctx.db.prepare('DELETE FROM cluster_members WHERE id = ?');
    for (const b of before) if (!keep.has(b.id)) remove.run(b.id);
    // roles are cleared first so the new leader can take the place of the old one
    ctx.db.prepare("UPDATE cluster_members SET role = 'member', position = -id WHERE cluster_id = ?").run(id);
    const update = ctx.db.prepare('UPDATE cluster_members SET organization_id = ?, name = ?, role = ?, position = ? WHERE id = ?');
    const insert = ctx.db.prepare('INSERT INTO cluster_members (cluster_id, organization_id, name, role, position) VALUES (?, ?, ?, ?, ?)');
    members.forEach((m, position) => {
      if (m.id !== undefined) update.run(m.organizationId, m.name, m.role, position, m.id);
      else insert.run(id, m.organizationId, m.name, m.role, position);
    });
    ctx.db.prepare('UPDATE clusters SET updated_at = ? WHERE id = ?').run(at, id);
    const detail = clusterDetail(ctx.db, id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'cluster_members', entityId: id, before, after: detail.members });
    return detail;
  })();
}

export function savePledge(ctx: BackendContext, id: number, input: PledgeDraft): Pledge {
  const pledge = pledgeSchema.parse(input);
  const at = isoTimestamp(ctx.now());
  return ctx.db.transaction(() => {
    requireCluster(ctx.db, id);
    const before = clusterPledge(ctx.db, id);
    ctx.db
      .prepare(
        `INSERT INTO cluster_pledges (cluster_id, number, signed_on, place, body, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (cluster_id) DO UPDATE SET number = excluded.number, signed_on = excluded.signed_on,
           place = excluded.place, body = excluded.body, updated_at = excluded.updated_at`,
      )
      .run(id, pledge.number, pledge.signedOn, pledge.place, pledge.body, at);
    writeAudit(ctx.db, ctx.actor, at, { action: before ? 'update' : 'create', entity: 'cluster_pledges', entityId: id, before, after: pledge });
    return pledge;
  })();
}

/** The same units next year; leader and deputy as the rotation suggests; the criteria table copied. */
export function copyClusterToNextYear(ctx: BackendContext, id: number): { id: number; year: number } {
  const at = isoTimestamp(ctx.now());
  return ctx.db.transaction(() => {
    const cluster = requireCluster(ctx.db, id);
    const year = cluster.year + 1;
    if (ctx.db.prepare('SELECT 1 FROM clusters WHERE year = ? AND name = ?').get(year, cluster.name)) {
      throw new AppError('CLUSTER_NEXT_YEAR_EXISTS', { year, name: cluster.name });
    }
    const newId = Number(
      ctx.db
        .prepare('INSERT INTO clusters (year, name, kind, scope, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(year, cluster.name, cluster.kind, cluster.scope, cluster.note, at, at).lastInsertRowid,
    );
    const insert = ctx.db.prepare("INSERT INTO cluster_members (cluster_id, organization_id, name, role, position) VALUES (?, ?, ?, 'member', ?)");
    for (const m of clusterMembers(ctx.db, id)) insert.run(newId, m.organizationId, m.name, m.position);
    const rotation = suggestRotation(ctx.db, { name: cluster.name, year }, clusterMembers(ctx.db, newId));
    const setRole = ctx.db.prepare('UPDATE cluster_members SET role = ? WHERE id = ?');
    if (rotation.leader) setRole.run('leader', rotation.leader.clusterMemberId);
    if (rotation.deputy) setRole.run('deputy', rotation.deputy.clusterMemberId);
    // the pledge's text and place carry over; it is signed anew
    ctx.db
      .prepare('INSERT INTO cluster_pledges (cluster_id, number, signed_on, place, body, updated_at) SELECT ?, number, NULL, place, body, ? FROM cluster_pledges WHERE cluster_id = ?')
      .run(newId, at, id);
    if (cluster.sheetId !== null) copySheetContent(ctx.db, cluster.sheetId, { year, clusterId: newId, at });
    writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'clusters', entityId: newId, after: { copiedFrom: id, year } });
    return { id: newId, year };
  })();
}
