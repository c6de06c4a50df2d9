import fs from 'node:fs';
import path from 'node:path';
import { seedMillion } from './members.bench';
import { benchUpward } from './upward.bench';

// A small run of the upward benchmark alone: tsx tests/bench/upward.run.ts [--members N --unions N --offices N]
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const members = option('members', 20_000);
const workDir = path.resolve('.tmp/bench');
const dataDir = path.join(workDir, `members-${members}`);
fs.mkdirSync(workDir, { recursive: true });
if (!fs.existsSync(path.join(dataDir, 'uniondesk.db'))) await seedMillion(dataDir, members, option('unions', 100));
await benchUpward(workDir, dataDir, option('offices', 30));
