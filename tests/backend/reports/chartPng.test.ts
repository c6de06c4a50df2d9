import path from 'node:path';
import fs from 'node:fs';
import PizZip from 'pizzip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportCharts } from '../../../electron/backend/reports/charts';
import { svgsToPng } from '../../../electron/backend/reports/export/svgToPng';
import type { ReportFigure } from '../../../shared/reports/model';
import { call, PROJECT_ROOT, useTempDirs } from '../../fixtures/backend';
import { cli } from '../../fixtures/cli';
import { decodePng, inkPixels } from '../../fixtures/png';

// No browser at all: launching one fails, whichever path is found.
vi.mock('playwright-core', () => ({ chromium: { launch: () => Promise.reject(new Error('no browser on this machine')) } }));

const temp = useTempDirs();
const saved = { path: process.env.PATH, chromium: process.env.UNIONDESK_CHROMIUM };
afterEach(() => {
  process.env.PATH = saved.path;
  if (saved.chromium === undefined) delete process.env.UNIONDESK_CHROMIUM;
  else process.env.UNIONDESK_CHROMIUM = saved.chromium;
});

const textSvg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30" font-family="Tinos, &quot;Times New Roman&quot;, serif" font-size="24">${text}</text></svg>`;

describe('chart pictures for Word', () => {
  it('report export --format docx draws real chart PNGs with no browser on the machine', async () => {
    const dir = temp.dir();
    const backend = temp.open({ dataDir: dir });
    await call(backend, 'setup:start', { mode: 'demo', unions: 6, members: 120, year: 2025, seed: 3 });
    await call(backend, 'reports:create', { year: 2025, from: 'template' });
    backend.close();
    process.env.UNIONDESK_CHROMIUM = path.join(dir, 'no-browser-here');
    process.env.PATH = path.dirname(process.execPath);

    const out = path.join(dir, 'bao-cao.docx');
    const run = await cli(['report', 'export', '--year', '2025', '--format', 'docx', '--out', out, '--data-dir', dir]);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);

    const zip = new PizZip(fs.readFileSync(out));
    const pictures = zip.file(/^word\/media\/udchart\d+\.png$/);
    expect(pictures.length).toBeGreaterThan(0);
    for (const picture of pictures) {
      const png = decodePng(picture.asUint8Array());
      // echarts draws 560×260; the PNG is at twice that size.
      expect([png.width, png.height]).toEqual([1120, 520]);
      expect(inkPixels(png)).toBeGreaterThan(5_000);
    }
    // The SVG beside it is well-formed XML (Word and resvg both parse it strictly).
    expect(zip.file('word/media/udchart1.svg')!.asText()).not.toMatch(/="[^"]*"Times/);
  }, 60_000);

  it('draws Vietnamese labels with the bundled Tinos, and nothing without it', () => {
    const resources = path.join(PROJECT_ROOT, 'resources');
    const [plain, marked] = svgsToPng([{ svg: textSvg('Nguyen') }, { svg: textSvg('Nguyễn') }], resources).map(decodePng);
    expect(inkPixels(plain!)).toBeGreaterThan(200);
    // The circumflex and the tilde above the e are drawn, not dropped.
    expect(inkPixels(marked!)).toBeGreaterThan(inkPixels(plain!) + 40);

    const noFonts = temp.dir();
    const [blank] = svgsToPng([{ svg: textSvg('Nguyễn') }], noFonts).map(decodePng);
    expect(inkPixels(blank!)).toBe(0);
  });

  it('writes the numbers of a chart the Vietnamese way (12.345, not 12,345)', () => {
    const figure = (code: string, value: number) => ({ code, label: code, value }) as ReportFigure;
    const [members] = reportCharts(2025, [figure('members.total', 12_345)], [{ year: 2024, figures: [figure('members.total', 9_870)] }]);
    expect(members!.svg).toContain('>12.345<');
    expect(members!.svg).toContain('>9.870<');
    expect(members!.svg).not.toMatch(/>\d{1,3},\d{3}</);
  });
});
