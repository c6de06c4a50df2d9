import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { call, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

describe('migration 0004 (clusters, scoring, union ratings)', () => {
  it('enforces the checks, the unique names and units, and cascades a cluster to its sheet and scores', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await call(backend, 'setup:start', { mode: 'empty', officeName: 'Công đoàn phường Chương Mỹ', year: 2025 });
    const union = await call(backend, 'unions:save', { draft: { name: 'CĐCS Trường Tiểu học Đông Sơn' } });
    backend.close();
    const db = new Database(backend.dbFile);
    db.pragma('foreign_keys = ON');
    try {
      const cluster = db.prepare("INSERT INTO clusters (year, name, kind, scope, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')");
      const clusterId = Number(cluster.run(2025, 'Khối Giáo dục', 'block', 'own_unions').lastInsertRowid);
      expect(() => cluster.run(2025, 'Khối Giáo dục', 'block', 'own_unions')).toThrow(/UNIQUE/);
      expect(() => cluster.run(2025, 'Khối khác', 'team', 'own_unions')).toThrow(/CHECK/);
      expect(() => cluster.run(2025, '  ', 'block', 'own_unions')).toThrow(/CHECK/);
      const member = db.prepare('INSERT INTO cluster_members (cluster_id, organization_id, name, role) VALUES (?, ?, ?, ?)');
      const memberId = Number(member.run(clusterId, union.id, union.name, 'leader').lastInsertRowid);
      expect(() => member.run(clusterId, union.id, 'Trùng', 'member')).toThrow(/UNIQUE/);
      expect(() => member.run(clusterId, null, 'Tổ trưởng', 'chair')).toThrow(/CHECK/);
      const sheetId = Number(db.prepare("INSERT INTO score_sheets (year, cluster_id, name, created_at, updated_at) VALUES (2025, ?, 'Bảng', 'x', 'x')").run(clusterId).lastInsertRowid);
      const criterion = db.prepare("INSERT INTO score_criteria (sheet_id, position, kind, content, max_points) VALUES (?, 0, ?, 'Tiêu chí', ?)");
      const criterionId = Number(criterion.run(sheetId, 'criterion', 10).lastInsertRowid);
      expect(() => criterion.run(sheetId, 'criterion', -1)).toThrow(/CHECK/);
      expect(() => criterion.run(sheetId, 'penalty', 1)).toThrow(/CHECK/);
      expect(() => db.prepare("INSERT INTO score_bands (sheet_id, rating, label, min_points, max_points) VALUES (?, 'good', 'Tốt', 90, 80)").run(sheetId)).toThrow(/CHECK/);
      db.prepare("INSERT INTO scores (criterion_id, cluster_member_id, self_score, agreed_score, updated_at) VALUES (?, ?, 9, 8, 'x')").run(criterionId, memberId);
      const rating = db.prepare("INSERT INTO union_ratings (organization_id, year, rating, source, sheet_id, updated_at) VALUES (?, 2025, ?, ?, ?, 'x')");
      rating.run(union.id, 'strong', 'scoring', sheetId);
      expect(() => rating.run(union.id, 'good', 'manual', null)).toThrow(/UNIQUE|PRIMARY/);
      expect(() => db.prepare("INSERT INTO union_ratings (organization_id, year, rating, updated_at) VALUES (?, 2024, 'excellent', 'x')").run(union.id)).toThrow(/CHECK/);
      db.prepare('DELETE FROM clusters WHERE id = ?').run(clusterId);
      expect(db.prepare('SELECT count(*) FROM scores').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM score_sheets').pluck().get()).toBe(0);
      // the rating stays, without its sheet
      expect(db.prepare('SELECT rating, sheet_id FROM union_ratings').get()).toEqual({ rating: 'strong', sheet_id: null });
    } finally {
      db.close();
    }
  });
});
