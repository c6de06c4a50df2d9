import type { Db } from '../db/connection';

const versions = new WeakMap<Db, number>();

/** Bumped by every write to members, so cached list anchors and counts know they are stale. */
export function membersVersion(db: Db): number {
  return versions.get(db) ?? 0;
}

export function bumpMembersVersion(db: Db): void {
  versions.set(db, membersVersion(db) + 1);
}
