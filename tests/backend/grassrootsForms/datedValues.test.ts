import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';
import { provinceTemplate } from '../../fixtures/mau1Workbooks';
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
    // The CĐCS's figures view shows the one change the returns made: 500 → 520 (women were already 300).
    const view = await call(backend, 'forms:unionFigures', { period: '2025-11-30', organizationId: an });
    expect(view.recordChanges).toEqual([{ unionCode: 'CS01', unionName: 'CĐCS Công ty May An Phát', code: 'workers.total', before: 500, after: 520 }]);
  });

  it('lists what a dropped file changed in the import result', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await setUpOffice(backend);
    await union(backend, { code: 'CS01', name: 'Công đoàn cơ sở Công ty May An Phát', foundedOn: '2010-01-01', workersTotal: 120, workersFemale: 30 });
    const file = await provinceTemplate('May An Phát', [['PHẦN I.', 'Tình hình lao động', null], ['1', 'Tổng số lao động', 135], ['', 'Trong đó: nữ', 30], ['2', 'Số lao động thiếu việc làm', 4]]);
    const result = await call(backend, 'forms:import', { period: '2025-11-30', files: [{ name: 'an-phat.xlsx', base64: file }] });
    expect(result.changes).toEqual([{ unionCode: 'CS01', unionName: 'Công đoàn cơ sở Công ty May An Phát', code: 'workers.total', before: 120, after: 135 }]);
    const again = await call(backend, 'forms:import', { period: '2025-11-30', files: [{ name: 'an-phat.xlsx', base64: file }] });
    expect([again.updated, again.changes]).toEqual([1, []]);
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
