import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

/**
 * Compares a presented token with ours in constant time, whatever its length in characters or
 * bytes: both sides are hashed first, so timingSafeEqual always sees two 32-byte buffers.
 */
export function sameToken(given: string | undefined | null, token: string): boolean {
  if (typeof given !== 'string' || given === '') return false;
  const digest = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest();
  return crypto.timingSafeEqual(digest(given), digest(token));
}

/** A browser page of another origin may not call us; requests without an Origin (not a browser page's fetch) pass. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export type BodyResult = { kind: 'ok'; text: string } | { kind: 'tooLarge' } | { kind: 'aborted' };

/** Reads a request body up to `limit` bytes; beyond it the rest is drained and refused, not buffered. */
export function readBody(req: http.IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? { kind: 'tooLarge' } : { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => resolve({ kind: 'aborted' }));
    req.on('aborted', () => resolve({ kind: 'aborted' }));
  });
}

/**
 * A regular file the backend wrote into the data folder's exports/ (and nothing else), for download:
 * no symbolic link, neither the file nor any folder on the way, may lead out of exports/.
 */
export function exportedFile(dataDir: string, requested: string): string | null {
  if (requested === '' || requested.includes('\u0000')) return null;
  const root = path.resolve(dataDir, 'exports');
  const file = path.resolve(requested);
  if (!file.startsWith(root + path.sep)) return null;
  try {
    const realRoot = fs.realpathSync(root);
    if (fs.lstatSync(file).isSymbolicLink()) return null;
    const real = fs.realpathSync(file);
    if (!real.startsWith(realRoot + path.sep) || !fs.statSync(real).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}
