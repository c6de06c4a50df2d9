import { describe, expect, it, vi } from 'vitest';
import type * as zipEntries from '../../../electron/backend/exchange/workbook/zipEntries';
import { entryBytes, streamedText } from '../../../electron/backend/exchange/workbook/zipEntries';
import { call, useTempDirs } from '../../fixtures/backend';
import { memberWorkbook } from '../../bench/import.bench';
import { base64 } from '../members/helpers';

vi.mock('../../../electron/backend/exchange/workbook/zipEntries', async (original) => {
  const actual = await original<typeof zipEntries>();
  return { ...actual, streamedText: vi.fn(actual.streamedText), entryBytes: vi.fn(actual.entryBytes) };
});

const temp = useTempDirs();

describe('the members import reads an .xlsx as a stream', () => {
  it('decompresses the sheet a chunk at a time as its rows are read, not as one whole part', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await call(backend, 'setup:start', { mode: 'demo', unions: 50, members: 0, year: 2026 });
    const inspection = await call(backend, 'import:inspect', { kind: 'members', fileName: 'ds.xlsx', base64: base64(memberWorkbook(500)) });
    const read = vi.mocked(streamedText).mock.calls.map(([, entry]) => entry.compressedSize);
    expect(read.length).toBe(1);
    expect(read[0]).toBeGreaterThan(10_000);
    expect(vi.mocked(entryBytes).mock.calls.map(([, entry]) => entry.compressedSize)).not.toContain(read[0]);
    const result = await call(backend, 'import:run', { token: inspection.token, mapping: inspection.mapping, onDuplicate: 'skip' });
    expect(result.imported + result.errors.length).toBeGreaterThanOrEqual(500);
  }, 60_000);
});
