import type { ImportKind } from '../../../../shared/exchange/import';
import type { Db } from '../../db/connection';
import { readSetting, writeSetting } from '../../settings';
import { foldLabel } from '../fields/types';
import type { HeaderColumn } from '../header/findHeader';

const key = (kind: ImportKind) => `import.mapping.${kind}`;

/** The user's last choices, by header text: "Số ĐT" → phone survives the next file. */
export function applyRememberedMapping(db: Db, kind: ImportKind, columns: HeaderColumn[], suggested: Record<string, number>): Record<string, number> {
  const remembered = readSetting(db, key(kind));
  if (!remembered || typeof remembered !== 'object') return suggested;
  const byLabel = remembered as Record<string, string>;
  const mapping = { ...suggested };
  for (const column of columns) {
    const field = byLabel[foldLabel(column.label)];
    if (!field) continue;
    for (const [k, index] of Object.entries(mapping)) if (index === column.index) delete mapping[k];
    mapping[field] = column.index;
  }
  return mapping;
}

export function rememberMapping(db: Db, kind: ImportKind, columns: HeaderColumn[], mapping: Record<string, number>, at: string): void {
  const previous = (readSetting(db, key(kind)) as Record<string, string> | undefined) ?? {};
  const next = { ...previous };
  for (const [field, index] of Object.entries(mapping)) {
    const column = columns.find((c) => c.index === index);
    if (column) next[foldLabel(column.label)] = field;
  }
  writeSetting(db, key(kind), next, at);
}
