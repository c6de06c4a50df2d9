import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every .ts/.tsx file below `dir`, for the source scans that enforce the README's rules. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

export const RENDERER_ROOT = join(__dirname, '../../renderer/src');

/** The renderer's sources, named from renderer/src with forward slashes. */
export const rendererSources = (): { file: string; text: string }[] =>
  sourceFiles(RENDERER_ROOT).map((path) => ({ file: relative(RENDERER_ROOT, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') }));

export const ELECTRON_ROOT = join(__dirname, '../../electron');

/** The main process and backend sources, named from electron/ with forward slashes. */
export const electronSources = (): { file: string; text: string }[] =>
  sourceFiles(ELECTRON_ROOT).map((path) => ({ file: relative(ELECTRON_ROOT, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') }));
