// One import in a fresh process, so its memory is measured alone: `rows` members, every one of them
// rejected ("rejected": the office has none of their CĐCS) or every one accepted ("valid").
import fs from 'node:fs';
import { openBackend } from '../../../../electron/backend/backend';
import { memberWorkbook } from '../../../bench/import.bench';
import { peakRss } from '../../../bench/measure';

const [rowsText, mode, dataDir] = process.argv.slice(2) as [string, 'valid' | 'rejected', string];
const bytes = memberWorkbook(Number(rowsText));
fs.rmSync(dataDir, { recursive: true, force: true });
const backend = openBackend({ dataDir });
const setup = mode === 'valid' ? { mode: 'demo', unions: 50, members: 0, year: 2026 } : { mode: 'empty', year: 2026, officeName: 'Công đoàn phường Thử' };
await backend.invoke('setup:start', setup);
global.gc?.();
const baselineMb = process.memoryUsage().rss / 1e6;
const { peakMb, value } = await peakRss(async () => {
  const inspected = await backend.invoke('import:inspect', { kind: 'members', fileName: 'ds.xlsx', base64: Buffer.from(bytes).toString('base64') });
  if (!inspected.ok) throw new Error(inspected.error.message);
  const { token, mapping } = inspected.value as { token: string; mapping: Record<string, number> };
  const result = await backend.invoke('import:run', { token, mapping, onDuplicate: 'skip' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { imported: number; errors: unknown[] };
});
backend.close();
console.log(JSON.stringify({ baselineMb, peakMb, imported: value.imported, rejected: value.errors.length }));
