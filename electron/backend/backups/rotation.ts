import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';
import { backupTo, timestampForFile } from '../db/backup';
import { uniqueFile } from '../files/exportPath';
import { backupsDir } from '../paths/dataDir';

/** How many of the newest days, weeks and months keep their newest automatic copy. */
export const ROTATION = { daily: 7, weekly: 4, monthly: 12 } as const;

const AUTO_PREFIX = 'auto-';
const STAMP = /^auto-(\d{4})-(\d{2})-(\d{2})-(\d{2})-(\d{2})-(\d{2})(?:-\d+)?\.db$/;

export const automaticDir = (dataDir: string) => path.join(backupsDir(dataDir), 'auto');

export interface DatedCopy {
  file: string;
  at: Date;
}

/** The automatic copies in backups/auto with the time in their name, newest first. */
export function automaticCopies(dataDir: string): DatedCopy[] {
  const dir = automaticDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const m = STAMP.exec(name);
      return m ? [{ file: path.join(dir, name), at: new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) }] : [];
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.file.localeCompare(a.file));
}

const dayKey = (at: Date) => at.toISOString().slice(0, 10);
const monthKey = (at: Date) => at.toISOString().slice(0, 7);
/** The Monday of the copy's week: weeks start on Monday, as in Vietnam. */
const weekKey = (at: Date) => dayKey(new Date(at.getTime() - ((at.getUTCDay() + 6) % 7) * 86_400_000));

/**
 * Which copies a rotation keeps: the newest copy of each of the 7 newest days, of each of the 4
 * newest weeks and of each of the 12 newest months that have copies (one file may count for all three).
 */
export function keptByRotation(copies: DatedCopy[]): Set<string> {
  const newestFirst = [...copies].sort((a, b) => b.at.getTime() - a.at.getTime());
  const kept = new Set<string>();
  for (const [key, limit] of [
    [dayKey, ROTATION.daily],
    [weekKey, ROTATION.weekly],
    [monthKey, ROTATION.monthly],
  ] as const) {
    const seen = new Set<string>();
    for (const copy of newestFirst) {
      const k = key(copy.at);
      if (seen.has(k)) continue;
      if (seen.size >= limit) break;
      seen.add(k);
      kept.add(copy.file);
    }
  }
  return kept;
}

/**
 * The automatic daily copy: made when today (UTC) has none yet, then the rotation deletes the
 * copies it no longer keeps. Returns the new copy, or null when today's exists. `copy` makes the
 * file (the real backup; a test of the rotation over many days may write a stand-in).
 */
export function runDailyBackup(db: Db, dataDir: string, now: Date, copy: (db: Db, file: string) => string = (from, file) => backupTo(from, file).file): string | null {
  const copies = automaticCopies(dataDir);
  if (copies.some((existing) => dayKey(existing.at) === dayKey(now))) return null;
  const file = copy(db, uniqueFile(automaticDir(dataDir), `${AUTO_PREFIX}${timestampForFile(now)}`, 'db'));
  const all = [{ file, at: now }, ...copies];
  const kept = keptByRotation(all);
  for (const copy of all) if (!kept.has(copy.file)) fs.rmSync(copy.file, { force: true });
  return file;
}
