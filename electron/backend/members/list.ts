import { SEARCH_COUNT_CAP, type MemberFilter, type MemberPage } from '../../../shared/members/query';
import type { Db } from '../db/connection';
import { memberFilterSql, type SqlFilter } from './filterSql';
import { listItemsByIds } from './listItems';
import { searchMemberIds } from './search';
import { membersVersion } from './version';
import { columns, int, query, scalar, text } from '../db/rows';

/** Below this offset a plain OFFSET is cheap; deeper pages seek from a cached anchor. */
const DIRECT_OFFSET_LIMIT = 20_000;
const ANCHOR_EVERY = 1_000;

interface Anchors {
  version: number;
  total: number;
  /** Position i × ANCHOR_EVERY in the official order. */
  keys: [sortKey: string, id: number][];
}

const anchorCache = new WeakMap<Db, Map<string, Anchors>>();

function cached(db: Db, signature: string): Anchors | undefined {
  const entry = anchorCache.get(db)?.get(signature);
  return entry && entry.version === membersVersion(db) ? entry : undefined;
}

function buildAnchors(db: Db, filter: SqlFilter): Anchors {
  const keys: [string, number][] = [];
  let position = 0;
  const rows = query(db, `SELECT m.sort_key, m.id FROM members m WHERE ${filter.where} ORDER BY m.sort_key, m.id`, columns({ sort_key: text, id: int })).iterate(
    filter.params,
  );
  for (const row of rows) {
    if (position % ANCHOR_EVERY === 0) keys.push([row.sort_key, row.id]);
    position++;
  }
  const anchors = { version: membersVersion(db), total: position, keys };
  const perDb = anchorCache.get(db) ?? new Map<string, Anchors>();
  if (perDb.size > 20) perDb.clear();
  perDb.set(filter.signature, anchors);
  anchorCache.set(db, perDb);
  return anchors;
}

const countCache = new WeakMap<Db, Map<string, { version: number; total: number }>>();

function countMembers(db: Db, filter: SqlFilter): number {
  const anchors = cached(db, filter.signature);
  if (anchors) return anchors.total;
  const perDb = countCache.get(db) ?? new Map<string, { version: number; total: number }>();
  countCache.set(db, perDb);
  const hit = perDb.get(filter.signature);
  if (hit && hit.version === membersVersion(db)) return hit.total;
  const total = (query(db, `SELECT count(*) AS n FROM members m WHERE ${filter.where}`, columns({ n: int })).one(filter.params)).n;
  if (perDb.size > 50) perDb.clear();
  perDb.set(filter.signature, { version: membersVersion(db), total });
  return total;
}

function pageIds(db: Db, filter: SqlFilter, offset: number, limit: number): number[] {
  if (offset < DIRECT_OFFSET_LIMIT) {
    return scalar(db, `SELECT m.id FROM members m WHERE ${filter.where} ORDER BY m.sort_key, m.id LIMIT @limit OFFSET @offset`, int).all({ ...filter.params, limit, offset });
  }
  const anchors = cached(db, filter.signature) ?? buildAnchors(db, filter);
  const anchor = anchors.keys[Math.floor(offset / ANCHOR_EVERY)];
  if (!anchor) return [];
  return scalar(
    db,
    `SELECT m.id FROM members m
      WHERE ${filter.where} AND (m.sort_key, m.id) >= (@anchorKey, @anchorId)
      ORDER BY m.sort_key, m.id LIMIT @limit OFFSET @rest`,
    int,
  ).all({ ...filter.params, anchorKey: anchor[0], anchorId: anchor[1], limit, rest: offset % ANCHOR_EVERY });
}

/** One page of members in the official order (given name, family, middle), or of search hits. */
export function listMembers(
  db: Db,
  filter: MemberFilter,
  offset: number,
  limit: number,
  currentYear: number,
  countCap = SEARCH_COUNT_CAP,
): MemberPage {
  const sqlFilter = memberFilterSql(filter, currentYear);
  if (filter.search) {
    const hits = searchMemberIds(db, filter.search, sqlFilter, offset, limit, countCap);
    return { total: hits.total, totalCapped: hits.capped, items: listItemsByIds(db, hits.ids) };
  }
  return {
    total: countMembers(db, sqlFilter),
    totalCapped: false,
    items: listItemsByIds(db, pageIds(db, sqlFilter, offset, limit)),
  };
}
