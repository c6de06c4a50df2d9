import fs from 'node:fs';
import path from 'node:path';
import { seedMillion } from './members.bench';
import { benchStartup } from './startup.bench';

// The startup benchmark alone: tsx tests/bench/startup.run.ts [--members N --unions N] (reuses a seeded database)
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const members = option('members', 200_000);
const dataDir = path.resolve('.tmp/bench', `members-${members}`);
fs.mkdirSync(path.dirname(dataDir), { recursive: true });
if (!fs.existsSync(path.join(dataDir, 'uniondesk.db'))) await seedMillion(dataDir, members, option('unions', 1_000));
console.log(`[startup] ${members.toLocaleString('en')} members`);
await benchStartup(dataDir, 2026);
