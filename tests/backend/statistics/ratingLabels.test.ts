import path from 'node:path';
import fs from 'node:fs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS } from '../../../shared/clusters/bands';
import { call, useTempDirs } from '../../fixtures/backend';
import { figures, setUpOffice } from './office';

const temp = useTempDirs();

describe('CĐCS ratings at today’s levels, "vững mạnh" only for pre-2019 data', () => {
  it('labels the top rating "Hoàn thành xuất sắc nhiệm vụ" from 2019, in the statistics, the report appendix and the default bands', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    await setUpOffice(backend);
    const now = await figures(backend, 2025);
    expect(now.get('unions.rating.strong')?.label).toBe('- Hoàn thành xuất sắc nhiệm vụ');
    expect(now.get('unions.strongPercent')?.label).toBe('Tỷ lệ CĐCS hoàn thành xuất sắc nhiệm vụ (trên số được xếp loại)');
    expect(now.get('unions.rating.good')?.label).toBe('- Hoàn thành tốt nhiệm vụ');
    const old = await figures(backend, 2018);
    expect(old.get('unions.rating.strong')?.label).toBe('- Vững mạnh');
    expect(old.get('unions.strongPercent')?.label).toBe('Tỷ lệ CĐCS vững mạnh (trên số được xếp loại)');
    expect((await figures(backend, 2019)).get('unions.rating.strong')?.label).toBe('- Hoàn thành xuất sắc nhiệm vụ');

    const { file } = await call(backend, 'reports:export', { year: 2025, format: 'docx', target: path.join(dir, 'bc.docx') });
    const text = new PizZip(fs.readFileSync(file)).file('word/document.xml')!.asText().replace(/<[^>]+>/g, '');
    expect(text).toContain('Hoàn thành xuất sắc nhiệm vụ');
    expect(text.toLowerCase()).not.toContain('vững mạnh');
    expect(DEFAULT_BANDS.map((b) => b.label)).toEqual(['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ']);
  });
});
