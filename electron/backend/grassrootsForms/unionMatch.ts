/**
 * Finds the CĐCS a form's "Đơn vị báo cáo" names: as the member import does (code, full or short
 * name, folded), else by the name without its "Công đoàn cơ sở" / "CĐCS" prefix, else by the one
 * CĐCS whose name contains the written one (or the other way round). Two candidates: no match.
 */
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import type { Db } from '../db/connection';
import { unionLookup } from '../exchange/import/unionLookup';
import { columns, int, query, text } from '../db/rows';

const PREFIX = /^(?:cong doan co so|cdcs|cong doan|nghiep doan co so|nghiep doan)\s+/u;

function key(name: string): string {
  return foldVietnamese(name).replace(/[^a-z0-9 ]+/gu, ' ').replace(/\s+/gu, ' ').trim().replace(PREFIX, '');
}

export function unionByReportingName(db: Db): (name: string) => number | null {
  const lookup = unionLookup(db);
  const rows = query(db, "SELECT id, name, short_name FROM organizations WHERE level = 'grassroots' AND dissolved_on IS NULL", columns({ id: int, name: text, short_name: text })).all();
  const keys = rows.flatMap((row) => [row.name, row.short_name].filter((n) => n !== '').map((n) => ({ id: row.id, key: key(n) })));
  return (name) => {
    const exact = lookup(name);
    if (exact) return exact.id;
    const written = key(name);
    if (written.length < 4) return null;
    const same = new Set(keys.filter((k) => k.key === written).map((k) => k.id));
    if (same.size === 1) return [...same][0] ?? null;
    const near = new Set(keys.filter((k) => k.key.includes(written) || written.includes(k.key)).map((k) => k.id));
    return near.size === 1 ? ([...near][0] ?? null) : null;
  };
}
