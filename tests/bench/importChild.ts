// One import in a fresh process, so its memory is measured alone. Prints one JSON line.
import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { openBackend } from '../../electron/backend/backend';
import { peakRss, time } from './measure';

const [file, dataDir] = process.argv.slice(2) as [string, string];
const bytes = new Uint8Array(fs.readFileSync(file));
const parse = await time(() => XLSX.read(bytes, { type: 'array' }).SheetNames.length);
fs.rmSync(dataDir, { recursive: true, force: true });
const backend = openBackend({ dataDir });
await backend.invoke('setup:start', { mode: 'demo', unions: 50, members: 0, year: 2026 });
global.gc?.();
const baseline = process.memoryUsage().rss / 1e6;
const { peakMb, value: run } = await peakRss(() =>
  time(async () => {
    const inspected = await backend.invoke('import:inspect', { kind: 'members', fileName: 'bench.xlsx', base64: Buffer.from(bytes).toString('base64') });
    if (!inspected.ok) throw new Error(inspected.error.message);
    const { token, mapping } = inspected.value as { token: string; mapping: Record<string, number> };
    const result = await backend.invoke('import:run', { token, mapping, onDuplicate: 'skip' });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { imported: number; errors: unknown[] };
  }),
);
backend.close();
console.log(JSON.stringify({ parseMs: parse.ms, importMs: run.ms, peakMb, baselineMb: baseline, imported: run.value.imported, rejected: run.value.errors.length }));
