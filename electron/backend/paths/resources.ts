import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where bundled resources (migrations, fonts, templates) are: the packaged app passes its
 * resources path; from source and from the built `out/` folder they are found above this file.
 */
export function findProjectRoot(start = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'electron', 'backend'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`UnionDesk sources not found above ${start}`);
    dir = parent;
  }
}

export function defaultMigrationsDir(): string {
  return path.join(findProjectRoot(), 'electron', 'backend', 'db', 'migrations');
}

export function defaultResourcesDir(): string {
  return path.join(findProjectRoot(), 'resources');
}
