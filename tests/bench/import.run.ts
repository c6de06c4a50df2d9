import fs from 'node:fs';
import path from 'node:path';
import { benchImport } from './import.bench';

// The import benchmark alone, without the 1,000,000-member seed: tsx tests/bench/import.run.ts [--rows 100000]
const args = process.argv.slice(2);
const i = args.indexOf('--rows');
const rows = i >= 0 ? Number(args[i + 1]) : 100_000;
const workDir = path.resolve('.tmp/bench');
fs.mkdirSync(workDir, { recursive: true });
console.log(`[import] ${rows.toLocaleString('en')}-row .xlsx`);
await benchImport(workDir, rows);
