import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sourceFiles } from '../../unit/sourceFiles';

export const BACKEND_ROOT = join(__dirname, '../../../electron/backend');

/** The files directly in electron/backend (backend.ts, handlers.ts) wire the domains; they own no table. */
export const COMPOSITION_ROOT = '(composition root)';

const SQL_WRITE = [
  /\bINSERT\s+(?:OR\s+[A-Z]+\s+)?INTO\s+(?:main\.)?["`]?([a-z_][a-z0-9_]*)\b(?!\.)/gi,
  /\bREPLACE\s+INTO\s+(?:main\.)?["`]?([a-z_][a-z0-9_]*)\b(?!\.)/gi,
  // A table name then SET: leaves out "DO UPDATE SET" (an upsert) and a trigger's "UPDATE ON" / "UPDATE OF".
  /\bUPDATE\s+(?:OR\s+[A-Z]+\s+)?(?:main\.)?["`]?([a-z_][a-z0-9_]*)["`]?\s+SET\b/gi,
  /\bDELETE\s+FROM\s+(?:main\.)?["`]?([a-z_][a-z0-9_]*)\b(?!\.)/gi,
];

/** The tables a piece of source text writes, from the SQL it prepares. */
export function tablesWritten(text: string): string[] {
  const tables = new Set<string>();
  for (const pattern of SQL_WRITE) {
    for (const match of text.matchAll(pattern)) {
      const table = match[1]!.toLowerCase();
      // temp.* tables live for one connection (bulk staging), "set" is the upsert's "DO UPDATE SET",
      // sqlite_* are SQLite's own (a restore copies sqlite_sequence).
      if (table !== 'temp' && table !== 'set' && !table.startsWith('sqlite_')) tables.add(table);
    }
  }
  return [...tables].sort();
}

export interface TableWrite {
  domain: string;
  file: string;
  table: string;
}

/** Every table write of the backend's sources, with the domain folder (first folder below electron/backend) that makes it. */
export function backendTableWrites(): TableWrite[] {
  return sourceFiles(BACKEND_ROOT).flatMap((path) => {
    const file = relative(BACKEND_ROOT, path).replaceAll('\\', '/');
    const domain = file.includes('/') ? file.split('/')[0]! : COMPOSITION_ROOT;
    return tablesWritten(readFileSync(path, 'utf8')).map((table) => ({ domain, file, table }));
  });
}
