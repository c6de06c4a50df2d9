import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/backend/db/connection';
import { loadMigrations, type Migration } from '../../../electron/backend/db/migrations';
import { migrate } from '../../../electron/backend/db/migrate';
import { MIGRATIONS_DIR, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();
const AT = '2026-08-01T00:00:00.000Z';

/** The migrations up to (not including) the one named `base-salary-2026`, found by name, not number. */
function splitAtBaseSalary(): { before: Migration[]; all: Migration[] } {
  const all = loadMigrations(MIGRATIONS_DIR);
  const index = all.findIndex((m) => m.name === 'base-salary-2026');
  expect(index).toBeGreaterThan(0);
  return { before: all.slice(0, index), all };
}

function databaseBefore(): { db: Db; all: Migration[] } {
  const { before, all } = splitAtBaseSalary();
  const db = openDatabase(path.join(temp.dir(), 'uniondesk.db'));
  migrate(db, before, () => '');
  return { db, all };
}

const salaries = (db: Db) => db.prepare('SELECT effective_from, amount, legal_basis FROM base_salaries ORDER BY effective_from').all();

describe('migration base-salary-2026', () => {
  it('adds 2.530.000 đ from 01/07/2026 with its legal basis, and completes the 2024 row', () => {
    const { db, all } = databaseBefore();
    migrate(db, all, () => '');
    expect(salaries(db)).toEqual([
      { effective_from: '2024-07-01', amount: 2_340_000, legal_basis: 'Nghị định 73/2024/NĐ-CP ngày 30/06/2024, khoản 2 Điều 3' },
      { effective_from: '2026-07-01', amount: 2_530_000, legal_basis: 'Nghị định 161/2026/NĐ-CP ngày 15/05/2026, khoản 2 Điều 3' },
    ]);
    db.close();
  });

  it('keeps the row the office entered itself from 01/07/2026, and its own wording of the 2024 basis', () => {
    const { db, all } = databaseBefore();
    db.prepare("UPDATE base_salaries SET legal_basis = 'NĐ 73 (văn phòng ghi)' WHERE effective_from = '2024-07-01'").run();
    db.prepare("INSERT INTO base_salaries (effective_from, amount, legal_basis) VALUES ('2026-07-01', 2500000, 'văn phòng tự nhập')").run();
    migrate(db, all, () => '');
    expect(salaries(db)).toEqual([
      { effective_from: '2024-07-01', amount: 2_340_000, legal_basis: 'NĐ 73 (văn phòng ghi)' },
      { effective_from: '2026-07-01', amount: 2_500_000, legal_basis: 'văn phòng tự nhập' },
    ]);
    db.close();
  });

  it('leaves the money of awards already saved as it was stored', () => {
    const { db, all } = databaseBefore();
    const gk = db.prepare("SELECT id FROM award_kinds WHERE code = 'GK'").pluck().get() as number;
    const decision = db
      .prepare(
        "INSERT INTO award_decisions (year, number, decided_on, issuer_level, form_kind_id, created_at, updated_at) VALUES (2026, '40/QĐ-CĐP', '2026-08-01', 'own_office', ?, ?, ?)",
      )
      .run(gk, AT, AT).lastInsertRowid;
    db.prepare(
      "INSERT INTO awards (decision_id, year, form_kind_id, recipient_kind, recipient_name, coefficient, base_salary, amount, created_at) VALUES (?, 2026, ?, 'individual', 'Nguyễn Văn A', 0.3, 2340000, 710000, ?)",
    ).run(decision, gk, AT);
    migrate(db, all, () => '');
    expect(db.prepare('SELECT base_salary, amount FROM awards').get()).toEqual({ base_salary: 2_340_000, amount: 710_000 });
    db.close();
  });
});
