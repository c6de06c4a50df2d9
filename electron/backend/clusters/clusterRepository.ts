import { CLUSTER_KINDS, CLUSTER_ROLES, CLUSTER_SCOPES, type ClusterMember, type ClusterSummary, type Pledge } from '../../../shared/clusters/model';
import type { Db } from '../db/connection';
import { bool, columns, int, intOrNull, oneOf, query, statement, text, textOrNull } from '../db/rows';
import { AppError } from '../core/appError';

const summaryRow = columns({
  id: int,
  year: int,
  name: text,
  kind: oneOf(CLUSTER_KINDS),
  scope: oneOf(CLUSTER_SCOPES),
  note: text,
  memberCount: int,
  leaderName: textOrNull,
  deputyName: textOrNull,
  sheetId: intOrNull,
  pledgeSignedOn: textOrNull,
});
const membersOf = statement(
  `SELECT m.id, m.organization_id AS organizationId, m.name, m.role, m.position,
          coalesce(o.is_own_office, 0) AS isOwnOffice
     FROM cluster_members m LEFT JOIN organizations o ON o.id = m.organization_id
    WHERE m.cluster_id = ? ORDER BY m.position, m.id`,
  columns({ id: int, organizationId: intOrNull, name: text, role: oneOf(CLUSTER_ROLES), position: int, isOwnOffice: bool }),
);
const pledgeOf = statement(
  'SELECT number, signed_on AS signedOn, place, body FROM cluster_pledges WHERE cluster_id = ?',
  columns({ number: text, signedOn: textOrNull, place: text, body: text }),
);

const SUMMARY = `SELECT c.id, c.year, c.name, c.kind, c.scope, c.note,
  (SELECT count(*) FROM cluster_members m WHERE m.cluster_id = c.id) AS memberCount,
  (SELECT m.name FROM cluster_members m WHERE m.cluster_id = c.id AND m.role = 'leader' LIMIT 1) AS leaderName,
  (SELECT m.name FROM cluster_members m WHERE m.cluster_id = c.id AND m.role = 'deputy' LIMIT 1) AS deputyName,
  (SELECT s.id FROM score_sheets s WHERE s.cluster_id = c.id ORDER BY s.id LIMIT 1) AS sheetId,
  (SELECT p.signed_on FROM cluster_pledges p WHERE p.cluster_id = c.id) AS pledgeSignedOn
  FROM clusters c`;

export function listClusters(db: Db, year: number): ClusterSummary[] {
  return query(db, `${SUMMARY} WHERE c.year = ? ORDER BY c.scope DESC, c.kind, c.name`, summaryRow).all(year);
}

export function findCluster(db: Db, id: number): ClusterSummary | undefined {
  return query(db, `${SUMMARY} WHERE c.id = ?`, summaryRow).get(id);
}

export function requireCluster(db: Db, id: number): ClusterSummary {
  const cluster = findCluster(db, id);
  if (!cluster) throw new AppError('CLUSTER_NOT_FOUND', { id });
  return cluster;
}

export function clusterMembers(db: Db, clusterId: number): ClusterMember[] {
  return membersOf(db).all(clusterId);
}

export function clusterPledge(db: Db, clusterId: number): Pledge | null {
  return pledgeOf(db).get(clusterId) ?? null;
}
