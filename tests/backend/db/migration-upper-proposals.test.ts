import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, useTempDirs } from '../../fixtures/backend';
import { migratedDatabase } from './migratedDatabase';

const temp = useTempDirs();

// Found by file name: migrations are renumbered when branches merge.
describe('migration NNNN-upper-proposals (proposals from below, their decisions, the draft, outcomes below)', () => {
  it('needs a reason for a rejection, keeps one decision per office row, and goes with its package and office', () => {
    expect(fs.readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}-upper-proposals\.sql$/.test(f))).toHaveLength(1);
    const db = migratedDatabase(temp);
    db.pragma('foreign_keys = ON');
    db.prepare("INSERT INTO lower_offices (code, name, created_at) VALUES ('cdp-a', 'A', 'now')").run();
    db.prepare("INSERT INTO received_packages (office_id, package_id, year, revision, cutoff_on, manifest_sha256, manifest, file_name, received_at) VALUES (1, 'p', 2025, 1, '2025-11-30', 'h', '{}', 'f', 'now')").run();
    const row = db.prepare("INSERT INTO received_proposal_rows (package_id, lower_item_id, position, recipient_kind, recipient_name) VALUES (1, ?, 1, ?, 'Hoa')");
    row.run(7, 'individual');
    expect(() => row.run(7, 'individual')).toThrow(/UNIQUE/);
    expect(() => row.run(8, 'someone')).toThrow(/CHECK/);
    const decide = db.prepare("INSERT INTO upper_proposal_decisions (office_id, lower_item_id, status, reason, decided_at) VALUES (1, ?, ?, ?, 'now')");
    expect(() => decide.run(7, 'rejected', ' ')).toThrow(/CHECK/);
    decide.run(7, 'approved', '');
    expect(() => decide.run(7, 'rejected', 'x')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO proposal_item_outcomes (item_id, status, decided_at) VALUES (999, 'approved', 'now')").run()).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM lower_offices WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM received_proposal_rows').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM upper_proposal_decisions').pluck().get()).toBe(0);
  });
});
