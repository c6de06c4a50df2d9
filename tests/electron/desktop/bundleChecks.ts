import fs from 'node:fs';
import path from 'node:path';

/** The largest chunk a window may load (issue 15): 1.6 MB. */
export const CHUNK_LIMIT_BYTES = 1_600_000;

/** Bare package names the built main process and worker import (static or dynamic). */
export function mainImports(outDir: string): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.js')) {
        const code = fs.readFileSync(file, 'utf8');
        const specs = [...code.matchAll(/^import\s[^;]*?from\s*["']([^"']+)["']/gm), ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
        for (const spec of specs) {
          if (spec.startsWith('node:') || spec.startsWith('.')) continue;
          names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
        }
      }
    }
  };
  walk(path.join(outDir, 'main'));
  return [...names].sort();
}

/** The renderer's JavaScript chunks with their sizes. */
export function rendererChunks(outDir: string): { file: string; bytes: number }[] {
  const dir = path.join(outDir, 'renderer', 'assets');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, bytes: fs.statSync(path.join(dir, file)).size }));
}

/**
 * What a window loads before its screen's own chunk: the entry script and its modulepreload links
 * from index.html, and the chunks the entry asks for at once (the app window's or a print window's).
 */
export function firstScreenChunks(outDir: string): string[] {
  const html = fs.readFileSync(path.join(outDir, 'renderer', 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const entry = /<script[^>]+src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  const code = entry ? fs.readFileSync(path.join(outDir, 'renderer', 'assets', entry), 'utf8') : '';
  const asked = [...code.matchAll(/"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set([...linked, ...asked])];
}
