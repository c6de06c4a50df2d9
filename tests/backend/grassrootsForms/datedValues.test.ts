import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';
import { figures, setUpOffice, union, values } from '../statistics/office';

const temp = useTempDirs();
const CODES = ['workers.total', 'workers.female'];

/**
 * Two CĐCS founded in 2010 with 500 (300 women) and 40 (30 women) workers. CS01's Mẫu 1 as at
 * 30/11/2025 reports 520 workers and 300 women: the office's workers at that cut-off become
 * 520 + 40 = 560 (women unchanged, 330), while 30/11/2024 keeps 540.
 */
describe('a returned Mẫu 1 updates its CĐCS’s dated values as at its cut-off', () => {
  it('moves the 2025 workers, keeps 2024, and a second identical form changes nothing', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await setUpOffice(backend);
    const an = await union(backend, { code: 'CS01', name: 'CĐCS Công ty May An Phát', foundedOn: '2010-01-01', workersTotal: 500, workersFemale: 300 });
    await union(backend, { code: 'CS02', name: 'CĐCS Trường Bình Minh', foundedOn: '2010-01-01', workersTotal: 40, workersFemale: 30 });
    expect(values(await figures(backend, 2025), CODES)).toEqual({ 'workers.total': 540, 'workers.female': 330 });

    await call(backend, 'forms:saveTyped', { period: '2025-11-30', organizationId: an, values: { 'workers.total': 520, 'workers.female': 300 } });
    expect(values(await figures(backend, 2025), CODES)).toEqual({ 'workers.total': 560, 'workers.female': 330 });
    expect(values(await figures(backend, 2024), CODES)).toEqual({ 'workers.total': 540, 'workers.female': 330 });

    await call(backend, 'forms:saveTyped', { period: '2025-11-30', organizationId: an, values: { 'workers.total': 520 } });
    expect(values(await figures(backend, 2025), CODES)).toEqual({ 'workers.total': 560, 'workers.female': 330 });
  });
});

describe('a returned Mẫu 1 that contradicts the records', () => {
  it('leaves the workers as they are when its total is below the women the office knows', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await setUpOffice(backend);
    const an = await union(backend, { code: 'CS01', name: 'CĐCS Công ty May An Phát', foundedOn: '2010-01-01', workersTotal: 500, workersFemale: 300 });
    await call(backend, 'forms:saveTyped', { period: '2025-11-30', organizationId: an, values: { 'workers.total': 110 } });
    expect(values(await figures(backend, 2025), CODES)).toEqual({ 'workers.total': 500, 'workers.female': 300 });
  });
});
