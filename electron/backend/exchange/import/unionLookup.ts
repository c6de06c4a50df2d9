import { foldVietnamese } from '../../../../shared/domain/text/normalize';
import type { Db } from '../../db/connection';
import { columns, int, statement, text, textOrNull } from '../../db/rows';

const ownUnionsSql = statement(
  `SELECT o.id, o.code, o.name, o.short_name FROM organizations o
    WHERE o.level = 'grassroots' AND o.dissolved_on IS NULL
      AND o.parent_id = (SELECT id FROM organizations WHERE is_own_office = 1)`,
  columns({ id: int, code: textOrNull, name: text, short_name: text }),
);

/** Finds one of our CĐCS by code, full name or short name as a file writes it. */
export function unionLookup(db: Db): (text: string) => { id: number } | null {
  const rows = ownUnionsSql(db).all();
  const byKey = new Map<string, number>();
  for (const row of rows) {
    if (row.code) byKey.set(row.code.toLowerCase(), row.id);
    byKey.set(foldVietnamese(row.name), row.id);
    if (row.short_name) byKey.set(foldVietnamese(row.short_name), row.id);
    byKey.set(foldVietnamese(row.name).replace(/^cong doan co so /, ''), row.id);
  }
  return (text) => {
    const id = byKey.get(text.trim().toLowerCase()) ?? byKey.get(foldVietnamese(text));
    return id === undefined ? null : { id };
  };
}
