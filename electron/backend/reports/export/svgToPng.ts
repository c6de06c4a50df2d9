import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const FONT_FILES = ['Tinos-Regular.ttf', 'Tinos-Bold.ttf', 'Tinos-Italic.ttf', 'Tinos-BoldItalic.ttf'];
/** Twice the chart's size, as a screen at 200 % would show it: sharp when Word scales the picture. */
const SCALE = 2;

/**
 * PNG copies of the charts for Word versions that cannot show SVG, drawn by resvg (a native SVG
 * renderer shipped prebuilt in its npm package) with the bundled Tinos only, so Vietnamese labels
 * render the same on every machine and no browser is needed.
 */
export function svgsToPng(svgs: { svg: string }[], resourcesDir: string): Buffer[] {
  const fontFiles = FONT_FILES.map((file) => path.join(resourcesDir, 'fonts', file));
  return svgs.map(({ svg }) =>
    new Resvg(svg, {
      background: '#ffffff',
      fitTo: { mode: 'zoom', value: SCALE },
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Tinos', serifFamily: 'Tinos', sansSerifFamily: 'Tinos' },
    })
      .render()
      .asPng(),
  );
}
