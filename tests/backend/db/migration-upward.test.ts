import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, useTempDirs } from '../../fixtures/backend';
import { migratedDatabase } from './migratedDatabase';

const temp = useTempDirs();

// Found by file name: migrations are renumbered when branches merge.
describe('migration NNNN-upward (office key, packages sent, upper level key)', () => {
  it('exists once and keeps one office key, one revision per year and known statuses', () => {
    expect(fs.readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}-upward\.sql$/.test(f))).toHaveLength(1);
    const db = migratedDatabase(temp);
    const key = db.prepare("INSERT INTO office_keys (id, public_key, private_key, fingerprint, created_at) VALUES (?, 'p', 'k', 'f', 'now')");
    key.run(1);
    expect(() => key.run(2)).toThrow(/CHECK/);
    const sent = db.prepare(
      "INSERT INTO sent_packages (package_id, year, revision, report_version, file_name, saved_to, manifest_sha256, fingerprint, created_at, status) VALUES (?, 2025, ?, 1, 'f.zip', '/f.zip', 'h', 'f', 'now', ?)",
    );
    sent.run('a', 1, 'sent');
    expect(() => sent.run('b', 1, 'sent')).toThrow(/UNIQUE/);
    expect(() => sent.run('c', 0, 'sent')).toThrow(/CHECK/);
    expect(() => sent.run('d', 2, 'lost')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO upper_keys (id, public_key, fingerprint, pinned_at) VALUES (2, 'p', 'f', 'now')").run()).toThrow(/CHECK/);
  });
});
