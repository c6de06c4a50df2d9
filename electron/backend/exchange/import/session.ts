import crypto from 'node:crypto';
import type { ImportKind } from '../../../../shared/exchange/import';
import { AppError } from '../../core/appError';
import type { HeaderMatch } from '../header/findHeader';
import type { ImportProblem } from '../problems/types';
import type { SheetGrid } from '../workbook/types';

/** A file being imported: read once, then mapped, previewed and run. */
export interface ImportSession {
  token: string;
  kind: ImportKind;
  fileName: string;
  grid: SheetGrid;
  header: HeaderMatch;
  /** Problems of the last preview or run, for the rejected-rows workbook. */
  problems: ImportProblem[];
  mapping: Record<string, number>;
  /** A list kind's campaign (criteria: score sheet). */
  targetId?: number | undefined;
}

const MAX_SESSIONS = 4;
/** Cells kept across sessions: a big file pushes older sessions out rather than piling up. */
export const MAX_SESSION_CELLS = 3_000_000;
const sessions = new Map<string, ImportSession>();

const cellsOf = (session: ImportSession) => session.grid.rows.reduce((sum, row) => sum + row.length, 0);

export function newImportToken(): string {
  return `imp-${crypto.randomUUID()}`;
}

export function saveSession(session: ImportSession): void {
  sessions.set(session.token, session);
  while (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
  let cells = [...sessions.values()].reduce((sum, kept) => sum + cellsOf(kept), 0);
  for (const [token, kept] of sessions) {
    if (cells <= MAX_SESSION_CELLS || token === session.token) break;
    cells -= cellsOf(kept);
    sessions.delete(token);
  }
}

export function getSession(token: string): ImportSession {
  const session = sessions.get(token);
  if (!session) throw new AppError('IMPORT_EXPIRED');
  return session;
}
