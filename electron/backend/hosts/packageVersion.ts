import fs from 'node:fs';
import path from 'node:path';
import { findProjectRoot } from '../paths/resources';

export function readPackageVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(findProjectRoot(), 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
