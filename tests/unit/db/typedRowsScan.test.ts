import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronSources, rendererSources } from '../sourceFiles';

/*
 * Query results are typed by the row shape declared with the statement (electron/backend/db/rows.ts)
 * and checked against it, never cast: a source scan for `.all(…) as`, `.get(…) as`, `.iterate(…) as`
 * outside db/, and for Kysely, which rows.ts replaced.
 */

/** Each cast of a query result in `text`, as "line N: the cast". */
export function queryCasts(text: string): string[] {
  const found: string[] = [];
  const call = /\.(all|get|iterate)\(/g;
  for (let match = call.exec(text); match; match = call.exec(text)) {
    let at = match.index + match[0].length;
    for (let depth = 1; at < text.length && depth > 0; at++) {
      if (text[at] === '(') depth++;
      else if (text[at] === ')') depth--;
    }
    const cast = /^\s*as\s+(?!const\b)([^;\n]*)/.exec(text.slice(at, at + 200));
    if (cast) found.push(`line ${text.slice(0, match.index).split('\n').length}: .${match[1]}(…) as ${cast[1]?.trim()}`);
  }
  return found;
}

const KYSELY = /from\s+['"]kysely['"]|require\(\s*['"]kysely['"]\s*\)/;

const backend = electronSources().filter(({ file }) => !file.startsWith('backend/db/'));

describe('query results are typed rows, not casts', () => {
  it('scans the backend', () => {
    expect(backend.length).toBeGreaterThan(200);
  });

  it('no query result is cast outside db/', () => {
    expect(backend.flatMap(({ file, text }) => queryCasts(text).map((cast) => `${file} ${cast}`))).toEqual([]);
  });

  it('nothing imports Kysely, and it is no dependency', () => {
    const sources = [...electronSources(), ...rendererSources()];
    expect(sources.filter(({ text }) => KYSELY.test(text)).map(({ file }) => file)).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })).not.toContain('kysely');
  });

  it('the scan finds the casts it forbids', () => {
    expect(queryCasts('const row = byId(db).get(id) as Row | undefined;')).toEqual(['line 1: .get(…) as Row | undefined']);
    expect(queryCasts("db.prepare('SELECT count(*) FROM t WHERE a IN (?)').pluck().get(fn(a, b))\n  as number;")).toHaveLength(1);
    expect(queryCasts('const rows = (db.prepare(sql).all(...params) as Row[]).map(f);')).toHaveLength(1);
    expect(queryCasts('const rows = byUnion(db).all(unionId);')).toEqual([]);
    expect(queryCasts("const value = map.get('a') as const;")).toEqual([]);
    expect(KYSELY.test("import type { Selectable } from 'kysely';")).toBe(true);
  });
});
