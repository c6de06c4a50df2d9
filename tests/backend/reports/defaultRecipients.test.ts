import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();

describe('a new report’s Nơi nhận', () => {
  it('comes from the office’s settings, with no "Thường trực Quận ủy" after 01/07/2025', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await call(backend, 'settings:update', { 'office.name': 'Công đoàn phường Chương Mỹ', 'office.upperName': 'Liên đoàn Lao động thành phố Hà Nội' });
    const report = await call(backend, 'reports:create', { year: 2025, from: 'template' });
    expect(report.draft?.header.recipients).toEqual(['- Liên đoàn Lao động thành phố Hà Nội (để b/c);', '- Các CĐCS trực thuộc;', '- Lưu: VT.']);
    const old = await call(backend, 'reports:create', { year: 2024, from: 'template' });
    expect(old.draft?.header.recipients).toContain('- Thường trực Quận ủy (để b/c);');
  });
});
