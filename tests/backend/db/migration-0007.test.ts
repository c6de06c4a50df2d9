import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/backend/db/connection';
import { loadMigrations } from '../../../electron/backend/db/migrations';
import { migrate } from '../../../electron/backend/db/migrate';
import { MIGRATIONS_DIR, thrown, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();
const AT = '2025-03-15T08:00:00.000Z';

function migrated(): Db {
  const db = openDatabase(path.join(temp.dir(), 'uniondesk.db'));
  migrate(db, loadMigrations(MIGRATIONS_DIR), () => {
    throw new Error('an empty database needs no backup');
  });
  return db;
}

function proposal(db: Db, values: Record<string, unknown> = {}): number {
  const row = { year: 2025, to_issuer_level: 'province', scope: 'all_round', theme_cap: 4, ...values };
  return Number(
    db
      .prepare('INSERT INTO award_proposals (year, to_issuer_level, scope, theme_cap, created_at, updated_at) VALUES (@year, @to_issuer_level, @scope, @theme_cap, @at, @at)')
      .run({ ...row, at: AT }).lastInsertRowid,
  );
}

function item(db: Db, proposalId: number, values: Record<string, unknown> = {}): number {
  const row = { recipient_kind: 'individual', recipient_name: 'Nguyễn Văn Đức', status: 'proposed', source: 'manual', ...values };
  return Number(
    db
      .prepare('INSERT INTO award_proposal_items (proposal_id, recipient_kind, recipient_name, status, source) VALUES (?, @recipient_kind, @recipient_name, @status, @source)')
      .run(proposalId, row).lastInsertRowid,
  );
}

describe('migration 0007 (proposals)', () => {
  it('defaults the theme cap to 4 and the new texts to empty', () => {
    const db = migrated();
    const id = Number(db.prepare("INSERT INTO award_proposals (year, to_issuer_level, created_at, updated_at) VALUES (2025, 'national', ?, ?)").run(AT, AT).lastInsertRowid);
    expect(db.prepare('SELECT theme_cap, addressee, recipients, scope FROM award_proposals WHERE id = ?').get(id)).toEqual({ theme_cap: 4, addressee: '', recipients: '', scope: 'all_round' });
    const row = item(db, id);
    expect(db.prepare('SELECT note, reason, status FROM award_proposal_items WHERE id = ?').get(row)).toEqual({ note: '', reason: '', status: 'proposed' });
    db.close();
  });

  it('refuses levels that are not upper, unknown scopes, a negative cap, unknown statuses and empty names', () => {
    const db = migrated();
    expect(String(thrown(() => proposal(db, { to_issuer_level: 'own_office' })))).toMatch(/CHECK/);
    expect(String(thrown(() => proposal(db, { scope: 'yearly' })))).toMatch(/CHECK/);
    expect(String(thrown(() => proposal(db, { theme_cap: -1 })))).toMatch(/CHECK/);
    const id = proposal(db);
    expect(String(thrown(() => item(db, id, { status: 'pending' })))).toMatch(/CHECK/);
    expect(String(thrown(() => item(db, id, { recipient_name: '  ' })))).toMatch(/CHECK/);
    expect(String(thrown(() => item(db, id, { source: 'guess' })))).toMatch(/CHECK/);
    db.close();
  });

  it('deletes the rows with their proposal', () => {
    const db = migrated();
    const id = proposal(db);
    item(db, id);
    item(db, id, { recipient_kind: 'collective', recipient_name: 'CĐCS Công ty May' });
    db.prepare('DELETE FROM award_proposals WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM award_proposal_items').pluck().get()).toBe(0);
    db.close();
  });
});
