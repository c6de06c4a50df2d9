import path from 'node:path';
import { benchStatistics } from './statistics.bench';

// The statistics benchmark alone, on a database seeded before (npm run bench): tsx tests/bench/statistics.run.ts [--members 1000000]
const args = process.argv.slice(2);
const i = args.indexOf('--members');
const members = i >= 0 ? Number(args[i + 1]) : 1_000_000;
console.log(`[statistics] the figures of a year over the whole office — Node ${process.version}`);
await benchStatistics(path.resolve('.tmp/bench', `members-${members}`));
