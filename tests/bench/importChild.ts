// One measurement in a fresh process, so its memory is its own: `parse FILE` (SheetJS reads the
// workbook) or `import FILE DATA_DIR` (the app's members import). Prints one JSON line.
import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { openBackend } from '../../electron/backend/backend';
import { importMembers } from './importMembers';
import { time } from './measure';

/** The process's resident memory at its highest so far (getrusage), in MB: no sampling can miss a spike. */
const peakMb = () => process.resourceUsage().maxRSS / 1e3;
/** Processor time (user + system, every thread of the process) since `start`, in ms: what a loaded machine's waiting leaves out. */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e3;
};
const [mode, file, dataDir] = process.argv.slice(2) as ['parse' | 'import', string, string];
const bytes = new Uint8Array(fs.readFileSync(file));

if (mode === 'parse') {
  const cpu = process.cpuUsage();
  const parse = await time(() => XLSX.read(bytes, { type: 'array' }).SheetNames.length);
  console.log(JSON.stringify({ ms: parse.ms, cpuMs: cpuMs(cpu), peakMb: peakMb() }));
} else {
  fs.rmSync(dataDir, { recursive: true, force: true });
  const backend = openBackend({ dataDir });
  await backend.invoke('setup:start', { mode: 'demo', unions: 50, members: 0, year: 2026 });
  global.gc?.();
  const baselineMb = process.memoryUsage().rss / 1e6;
  const cpu = process.cpuUsage();
  const run = await time(() => importMembers(backend, 'bench.xlsx', bytes));
  const used = cpuMs(cpu);
  const peak = peakMb();
  backend.close();
  console.log(JSON.stringify({ ms: run.ms, cpuMs: used, peakMb: peak, baselineMb, imported: run.value.imported, rejected: run.value.errors.length }));
}
