import type { Rollup, RollupDuplicate, RollupRow } from '../../../shared/upperRollup/model';
import { REGISTER_STOCK_FIGURES, rollupRule } from '../../../shared/upward/catalogue';
import { rolledUp } from '../../../shared/upward/rollupMath';
import type { Db } from '../db/connection';
import * as repo from './repository';
import { columns, int, query, text, type RowOf } from '../db/rows';

const officePackage = columns({ rowId: int, code: text, name: text, revision: int, cutoff: text });
type OfficePackage = RowOf<typeof officePackage>;

/** Each office's latest revision of the year that was not returned; two offices of the same name are told apart by their codes. */
export function latestPackages(db: Db, year: number): OfficePackage[] {
  const rows = query(
    db,
      `SELECT p.id AS rowId, o.code, o.name, p.revision, p.cutoff_on AS cutoff
         FROM received_packages p JOIN lower_offices o ON o.id = p.office_id
        WHERE p.year = ? AND p.status <> 'returned'
          AND p.revision = (SELECT max(q.revision) FROM received_packages q WHERE q.office_id = p.office_id AND q.year = p.year AND q.status <> 'returned')
        ORDER BY o.name, o.code`,
    officePackage,
  ).all(year);
  const names = new Map<string, number>();
  for (const r of rows) names.set(r.name, (names.get(r.name) ?? 0) + 1);
  return rows.map((r) => ((names.get(r.name) ?? 0) > 1 ? { ...r, name: `${r.name} (${r.code})` } : r));
}

/** CĐCS (by code) that two or more offices list at the same cut-off; the first office keeps it. */
function duplicates(db: Db, packages: OfficePackage[]): { list: RollupDuplicate[]; adjust: Map<string, number> } {
  const seen = new Map<string, { name: string; offices: string[] }>();
  const adjust = new Map<string, number>();
  const take = (code: string, amount: number) => adjust.set(code, (adjust.get(code) ?? 0) - amount);
  for (const p of packages) {
    for (const u of repo.unionsOf(db, p.rowId)) {
      const key = `${p.cutoff}|${u.code}`;
      const hit = seen.get(key);
      if (!hit) {
        seen.set(key, { name: u.name, offices: [p.name] });
        continue;
      }
      hit.offices.push(p.name);
      take(REGISTER_STOCK_FIGURES.unions, 1);
      if (u.sector) take(`unions.sector.${u.sector}`, 1);
      take(REGISTER_STOCK_FIGURES.members, u.members);
      take(REGISTER_STOCK_FIGURES.women, u.women);
    }
  }
  const list = [...seen].filter(([, v]) => v.offices.length > 1).map(([key, v]) => ({ code: key.slice(key.indexOf('|') + 1), name: v.name, offices: v.offices }));
  return { list, adjust };
}

/**
 * The roll-up of a year: every figure summed over the offices' latest accepted revisions, ratios
 * recomputed from the summed parts, weighted averages by their counts; CĐCS listed twice at the
 * same cut-off are taken off the stock totals once.
 */
export function computeRollup(db: Db, year: number): Rollup {
  const packages = latestPackages(db, year);
  const { list, adjust } = duplicates(db, packages);
  const rows = new Map<string, RollupRow>();
  const sums = { now: new Map<string, number | null>(), before: new Map<string, number | null>() };
  const add = (map: Map<string, number | null>, code: string, value: number | null) => {
    if (value === null) return void (map.has(code) || map.set(code, null));
    map.set(code, (map.get(code) ?? 0) + value);
  };
  const byOffice = new Map<string, Map<string, repo.FigureRecord>>();
  for (const p of packages) {
    const figures = repo.figuresOf(db, p.rowId);
    byOffice.set(p.name, new Map(figures.map((f) => [f.code, f])));
    for (const f of figures) {
      if (!rows.has(f.code)) {
        const rule = rollupRule(f.code).kind;
        rows.set(f.code, { code: f.code, section: f.section, label: f.label, unit: f.unit, rule, total: null, lastYearTotal: null, offices: {}, changes: {} });
      }
      const row = rows.get(f.code)!;
      row.offices[p.name] = f.value;
      row.changes[p.name] = f.value !== null && f.last_year !== null ? f.value - f.last_year : null;
      add(sums.now, f.code, f.value);
      add(sums.before, f.code, f.last_year);
    }
  }
  for (const [code, amount] of adjust) if (sums.now.get(code) != null) sums.now.set(code, (sums.now.get(code) ?? 0) + amount);
  const perOffice = (which: 'value' | 'last_year') => [...byOffice.values()].map((figures) => new Map([...figures].map(([code, f]) => [code, f[which]])));
  const [officesNow, officesBefore] = [perOffice('value'), perOffice('last_year')];
  for (const row of rows.values()) {
    row.total = rolledUp(row.code, rollupRule(row.code), sums.now, officesNow);
    row.lastYearTotal = rolledUp(row.code, rollupRule(row.code), sums.before, officesBefore);
    for (const p of packages) if (!(p.name in row.offices)) row.offices[p.name] = null;
  }
  return { year, offices: packages.map((p) => ({ code: p.code, name: p.name, revision: p.revision })), rows: [...rows.values()], duplicates: list };
}
