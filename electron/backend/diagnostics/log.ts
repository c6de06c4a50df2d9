import fs from 'node:fs';
import path from 'node:path';

/** The field log, in the data folder: what support asks for when an office has no devtools. */
export const LOG_DIR = 'logs';
export const LOG_FILE = 'uniondesk.log';
const MAX_BYTES = 1_000_000;
const KEEP = 3;

export interface FieldLog {
  readonly file: string;
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/**
 * Appends one line per entry; past 1 MB the file becomes uniondesk.1.log (older ones shift up to
 * uniondesk.3.log, the oldest dropped). A log that cannot be written never stops the app.
 */
export function openFieldLog(dataDir: string, now: () => Date = () => new Date()): FieldLog {
  const dir = path.join(dataDir, LOG_DIR);
  const file = path.join(dir, LOG_FILE);
  const rotated = (n: number) => path.join(dir, `uniondesk.${n}.log`);
  const write = (level: string, message: string) => {
    try {
      fs.mkdirSync(dir, { recursive: true });
      if (fs.existsSync(file) && fs.statSync(file).size > MAX_BYTES) {
        fs.rmSync(rotated(KEEP), { force: true });
        for (let n = KEEP - 1; n >= 1; n--) if (fs.existsSync(rotated(n))) fs.renameSync(rotated(n), rotated(n + 1));
        fs.renameSync(file, rotated(1));
      }
      fs.appendFileSync(file, `${now().toISOString()} ${level} ${message.replace(/\r?\n/g, '\n    ')}\n`);
    } catch {
      // Diagnostics must never become the failure.
    }
  };
  return {
    file,
    info: (message) => write('INFO ', message),
    error: (message, error) => write('ERROR', error === undefined ? message : `${message}: ${describe(error)}`),
  };
}

/** The newest log entries (current file last), at most `maxBytes` of them. */
export function readFieldLog(dataDir: string, maxBytes = 2_000_000): string {
  const dir = path.join(dataDir, LOG_DIR);
  const files = [...Array.from({ length: KEEP }, (_, i) => `uniondesk.${KEEP - i}.log`), LOG_FILE].map((name) => path.join(dir, name)).filter((f) => fs.existsSync(f));
  const text = files.map((f) => fs.readFileSync(f, 'utf8')).join('');
  return text.length > maxBytes ? text.slice(-maxBytes) : text;
}
