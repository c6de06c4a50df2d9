import fs from 'node:fs';
import path from 'node:path';
import { benchImport } from './import.bench';
import { benchMembers, seedMillion } from './members.bench';
import { fmt, report } from './measure';
import { benchStatistics } from './statistics.bench';
import { benchCertificates } from './certificates.bench';
import { benchReportPdf } from './report.bench';
import { benchForms } from './grassrootsForms.bench';
import { benchUpward } from './upward.bench';
import { benchStartup } from './startup.bench';

// npm run bench [-- --members 1000000 --unions 5000 --import-rows 100000 --reuse]
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const members = option('members', 1_000_000);
const unions = option('unions', 5_000);
const importRows = option('import-rows', 100_000);
const workDir = path.resolve('.tmp/bench');
const dataDir = path.join(workDir, `members-${members}`);
fs.mkdirSync(workDir, { recursive: true });

console.log(`UnionDesk benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
console.log(`\n[seed] ${members.toLocaleString('en')} members, ${unions.toLocaleString('en')} CĐCS`);
if (args.includes('--reuse') && fs.existsSync(path.join(dataDir, 'uniondesk.db'))) {
  console.log('  (reusing the database from an earlier run)');
} else {
  const seedMs = await seedMillion(dataDir, members, unions);
  report([
    ['seed time (s)', `${fmt(seedMs / 1000)}  (target: a minute or two for 1,000,000)`],
    ['database size (MB)', fmt(fs.statSync(path.join(dataDir, 'uniondesk.db')).size / 1e6, 0)],
  ]);
}
console.log('\n[members] search and paging');
await benchMembers(dataDir);
console.log(`\n[import] ${importRows.toLocaleString('en')}-row .xlsx`);
await benchImport(workDir, importRows);
console.log('\n[statistics] the figures of a year over the whole office');
await benchStatistics(dataDir);
console.log('\n[startup] preview server to an interactive first screen in Chromium; a print window');
await benchStartup(dataDir, 2026);
console.log('\n[forms] returned Mẫu 1 in one drop, the Mẫu 2 roll-up');
await benchForms(dataDir, workDir, option('forms', 300));
console.log('\n[certificates] 500 certificates to one PDF');
await benchCertificates(workDir);
console.log('\n[report] a 30-page year-end report to PDF');
await benchReportPdf(workDir);
console.log('\n[upward] the signed package of the whole office; 30 packages imported and rolled up');
await benchUpward(workDir, dataDir);
