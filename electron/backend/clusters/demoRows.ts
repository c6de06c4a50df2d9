import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';

/** Prepared inserts of every cluster table, for the demo office the seed writes in bulk. */
export function clusterDemoWriters(db: Db): Record<'insertCluster' | 'insertMember' | 'insertPledge' | 'insertSheet' | 'insertCriterion' | 'insertBand' | 'insertScore' | 'upsertRating' | 'fillRatings', Database.Statement> {
  const insertCluster = db.prepare("INSERT INTO clusters (year, name, kind, scope, note, created_at, updated_at) VALUES (?, ?, ?, ?, '', ?, ?)");
  const insertMember = db.prepare('INSERT INTO cluster_members (cluster_id, organization_id, name, role, position) VALUES (?, ?, ?, ?, ?)');
  const insertPledge = db.prepare('INSERT INTO cluster_pledges (cluster_id, number, signed_on, place, body, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertSheet = db.prepare('INSERT INTO score_sheets (year, cluster_id, name, tie_rules, flag_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertCriterion = db.prepare(
    'INSERT INTO score_criteria (sheet_id, parent_id, position, kind, code, content, condition, evidence, max_points) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertBand = db.prepare('INSERT INTO score_bands (sheet_id, rating, label, min_points, max_points) VALUES (?, ?, ?, ?, ?)');
  const insertScore = db.prepare('INSERT INTO scores (criterion_id, cluster_member_id, self_score, agreed_score, updated_at) VALUES (?, ?, ?, ?, ?)');
  const upsertRating = db.prepare(
    `INSERT INTO union_ratings (organization_id, year, rating, source, sheet_id, points, updated_at) VALUES (?, ?, ?, 'scoring', ?, ?, ?)
     ON CONFLICT (organization_id, year) DO UPDATE SET rating = excluded.rating, source = 'scoring', sheet_id = excluded.sheet_id, points = excluded.points`,
  );
  // Every other CĐCS of the office gets a rating for a year in one statement, so the statistics have ratings to count.
  const fillRatings = db.prepare(
    `INSERT OR IGNORE INTO union_ratings (organization_id, year, rating, source, updated_at)
     SELECT id, @year, CASE WHEN (id * 7919 + @year * 31) % 100 < 52 THEN 'strong' WHEN (id * 7919 + @year * 31) % 100 < 86 THEN 'good'
       WHEN (id * 7919 + @year * 31) % 100 < 97 THEN 'completed' ELSE 'not_completed' END, 'manual', @at
     FROM organizations WHERE level = 'grassroots' AND parent_id = @office AND (dissolved_on IS NULL OR dissolved_on >= @yearStart)`,
  );
  return { insertCluster, insertMember, insertPledge, insertSheet, insertCriterion, insertBand, insertScore, upsertRating, fillRatings };
}
