import { SEARCH_COUNT_CAP } from '../../../shared/members/query';
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import type { Db } from '../db/connection';
import type { SqlFilter } from './filterSql';
import { membersVersion } from './version';
import { int, scalar, scalarStatement } from '../db/rows';

const inSortOrder = scalarStatement('SELECT m.id FROM json_each(?) j JOIN members m ON m.id = j.value ORDER BY m.sort_key, m.id', int);

/** What a typed query looks up: folded words, or the digits of a CCCD or phone number. */
export function searchPrefix(query: string): string {
  const folded = foldVietnamese(query);
  return /^[\d\s.-]+$/.test(folded) ? folded.replace(/\D/g, '') : folded;
}

/**
 * Member ids whose search keys start with the query, deduplicated, in the official order; the
 * scan stops after `countCap` matches so a one-letter query stays fast (`capped` then says so).
 */
export function searchMemberIds(
  db: Db,
  query: string,
  filter: SqlFilter,
  offset: number,
  limit: number,
  countCap = SEARCH_COUNT_CAP,
): { ids: number[]; total: number; capped: boolean } {
  const prefix = searchPrefix(query);
  if (!prefix) return { ids: [], total: 0, capped: false };
  const key = `${prefix}|${filter.signature}|${countCap}|${membersVersion(db)}`;
  const hit = lastSearch.get(db);
  const ordered = hit?.key === key ? hit.result : orderedMatches(db, prefix, filter, countCap);
  lastSearch.set(db, { key, result: ordered });
  return { ids: ordered.ids.slice(offset, offset + limit), total: ordered.ids.length, capped: ordered.capped };
}

/** The last search's ordered ids, so that scrolling through its pages does not search again. */
const lastSearch = new WeakMap<Db, { key: string; result: { ids: number[]; capped: boolean } }>();

function orderedMatches(db: Db, prefix: string, filter: SqlFilter, countCap: number): { ids: number[]; capped: boolean } {
  const rows = scalar(
    db,
    `SELECT k.member_id FROM member_search_keys k
       ${filter.where === '1' ? '' : 'JOIN members m ON m.id = k.member_id'}
      WHERE k.key >= @from AND k.key < @to ${filter.where === '1' ? '' : `AND ${filter.where}`}`,
    int,
  ).iterate({ ...filter.params, from: prefix, to: `${prefix}\u007f` });
  const seen = new Set<number>();
  for (const id of rows) {
    seen.add(id);
    if (seen.size > countCap) break;
  }
  const capped = seen.size > countCap;
  const matches = [...seen].slice(0, countCap);
  const ids = inSortOrder(db).all(JSON.stringify(matches));
  return { ids, capped };
}
