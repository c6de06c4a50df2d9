// One import in a fresh process, so its memory is measured alone. Prints one JSON line.
import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { openBackend } from '../../electron/backend/backend';
import { importMembers } from './importMembers';
import { peakRss, time } from './measure';

const [file, dataDir] = process.argv.slice(2) as [string, string];
const bytes = new Uint8Array(fs.readFileSync(file));
const parse = await time(() => XLSX.read(bytes, { type: 'array' }).SheetNames.length);
fs.rmSync(dataDir, { recursive: true, force: true });
const backend = openBackend({ dataDir });
await backend.invoke('setup:start', { mode: 'demo', unions: 50, members: 0, year: 2026 });
global.gc?.();
const baseline = process.memoryUsage().rss / 1e6;
const { peakMb, value: run } = await peakRss(() => time(() => importMembers(backend, 'bench.xlsx', bytes)));
backend.close();
console.log(JSON.stringify({ parseMs: parse.ms, importMs: run.ms, peakMb, baselineMb: baseline, imported: run.value.imported, rejected: run.value.errors.length }));
