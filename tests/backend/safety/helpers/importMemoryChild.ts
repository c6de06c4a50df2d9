// One import in a fresh process, so its memory is measured alone: `rows` members, every one of them
// rejected ("rejected": the office has none of their CĐCS) or every one accepted ("valid").
import fs from 'node:fs';
import { openBackend } from '../../../../electron/backend/backend';
import { memberWorkbook } from '../../../bench/import.bench';
import { importMembers } from '../../../bench/importMembers';
import { peakRss } from '../../../bench/measure';

const [rowsText, mode, dataDir] = process.argv.slice(2) as [string, 'valid' | 'rejected', string];
const bytes = memberWorkbook(Number(rowsText));
fs.rmSync(dataDir, { recursive: true, force: true });
const backend = openBackend({ dataDir });
const setup = mode === 'valid' ? { mode: 'demo', unions: 50, members: 0, year: 2026 } : { mode: 'empty', year: 2026, officeName: 'Công đoàn phường Thử' };
await backend.invoke('setup:start', setup);
global.gc?.();
const baselineMb = process.memoryUsage().rss / 1e6;
const { peakMb, value } = await peakRss(() => importMembers(backend, 'ds.xlsx', bytes));
backend.close();
console.log(JSON.stringify({ baselineMb, peakMb, imported: value.imported, rejected: value.errors.length }));
