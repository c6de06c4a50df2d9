import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, callError, readDb, useTempDirs } from '../../fixtures/backend';
import { defaultGiayKhen } from '../../../shared/certificates/defaults';
import { pageSizesPt, pdfText, printScaling, PT_PER_MM } from './pdfProbe';

const temp = useTempDirs();
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('certificate templates and calibrations', () => {
  it('creates the default Giấy khen and Bằng khen on first use, saves edits with an audit row', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    const templates = await call(backend, 'certificates:templates', {});
    expect(templates.map((t) => [t.paper, t.widthMm, t.heightMm]).sort()).toEqual([
      ['400x300', 400, 300],
      ['A4', 297, 210],
    ]);
    const draft = { ...defaultGiayKhen(null), name: 'Giấy khen của LĐLĐ' };
    draft.fields[0] = { ...draft.fields[0]!, xMm: 50.5 };
    const saved = await call(backend, 'certificates:saveTemplate', { id: templates[1]!.id, draft });
    expect(saved.name).toBe('Giấy khen của LĐLĐ');
    expect(saved.fields[0]!.xMm).toBe(50.5);
    const outside = { ...draft, fields: [{ ...draft.fields[0]!, xMm: 290 }] };
    expect((await callError(backend, 'certificates:saveTemplate', { draft: outside })).code).toBe('CERTIFICATE_FIELD_OUTSIDE');
    const audits = readDb(path.join(dir, 'uniondesk.db'), (db) => db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'certificate_template'").pluck().get());
    expect(audits).toBe(3);
  });

  it('stores a PNG background for the screen only, and refuses other files', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    const [template] = await call(backend, 'certificates:templates', {});
    expect(await call(backend, 'certificates:setBackground', { id: template!.id, base64: PNG.toString('base64') })).toEqual({ hasBackground: true });
    expect((await call(backend, 'certificates:background', { id: template!.id })).dataUrl).toMatch(/^data:image\/png;base64,/);
    expect((await callError(backend, 'certificates:setBackground', { id: template!.id, base64: Buffer.from('%PDF-1.7').toString('base64') })).code).toBe('CERTIFICATE_BACKGROUND_INVALID');
    await call(backend, 'certificates:setBackground', { id: template!.id, base64: null });
    expect((await call(backend, 'certificates:background', { id: template!.id })).dataUrl).toBeNull();
  });

  it('keeps one calibration per printer and prints a calibration sheet of the template size', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    const saved = await call(backend, 'certificates:saveCalibration', { draft: { name: 'HP 1020', dxMm: -1, dyMm: 2.5 } });
    expect((await callError(backend, 'certificates:saveCalibration', { draft: { name: 'HP 1020', dxMm: 0, dyMm: 0 } })).code).toBe('CERTIFICATE_CALIBRATION_DUPLICATE');
    const bang = (await call(backend, 'certificates:templates', {})).find((t) => t.paper === '400x300')!;
    const sheet = await call(backend, 'certificates:calibrationSheet', { templateId: bang.id, offset: { calibrationId: saved.id } });
    const [size] = pageSizesPt(sheet.file);
    expect(size!.width).toBeCloseTo(400 * PT_PER_MM, 1);
    expect(size!.height).toBeCloseTo(300 * PT_PER_MM, 1);
    const text = pdfText(sheet.file);
    expect(text).toContain('TRANG HIỆU CHỈNH MÁY IN');
    expect(text).toContain('Kích thước thật');
    expect(text).toContain('(20; 20) mm');
    expect(text).toContain('dx = −1 mm, dy = 2,5 mm');
    expect(await printScaling(sheet.file)).toBe('/None');
    await call(backend, 'certificates:deleteCalibration', { id: saved.id });
    expect(await call(backend, 'certificates:calibrations', {})).toEqual([]);
  });
});
