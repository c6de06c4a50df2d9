import fs from 'node:fs';
import path from 'node:path';
import { fontkit } from './fontkitModule';
import { FONT_FACES, type FontFace } from '../../../../shared/certificates/template';
import type { FaceMetrics, Measure } from '../../../../shared/certificates/layout';

const FILES: Record<FontFace, string> = {
  regular: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italic: 'Tinos-Italic.ttf',
  boldItalic: 'Tinos-BoldItalic.ttf',
};

/** A subset tag (six capitals + "+") tells PDF readers the embedded font is a subset. */
export const SUBSET_NAMES: Record<FontFace, string> = {
  regular: 'UDTNRG+Tinos-Regular',
  bold: 'UDTNBD+Tinos-Bold',
  italic: 'UDTNIT+Tinos-Italic',
  boldItalic: 'UDTNBI+Tinos-BoldItalic',
};

export interface CertificateFonts {
  bytes: Record<FontFace, Uint8Array>;
  measure: Measure;
  metrics: FaceMetrics;
}

const cache = new Map<string, CertificateFonts>();

/** The bundled Tinos faces: bytes to embed, widths and metrics to lay text out. Loaded once. */
export function certificateFonts(resourcesDir: string): CertificateFonts {
  const cached = cache.get(resourcesDir);
  if (cached) return cached;
  const bytes = {} as Record<FontFace, Uint8Array>;
  const metrics = {} as FaceMetrics;
  const faces = {} as Record<FontFace, ReturnType<typeof fontkit.create>>;
  for (const face of FONT_FACES) {
    bytes[face] = new Uint8Array(fs.readFileSync(path.join(resourcesDir, 'fonts', FILES[face])));
    const font = fontkit.create(Buffer.from(bytes[face]));
    faces[face] = font;
    metrics[face] = { ascent: font.ascent / font.unitsPerEm, descent: font.descent / font.unitsPerEm };
  }
  const widths = new Map<string, number>();
  const measure: Measure = (face, text, sizePt) => {
    const key = `${face}\u0000${text}`;
    let em = widths.get(key);
    if (em === undefined) {
      const font = faces[face];
      // The PDF sets each glyph at its own advance (no kerning), so the width is their plain sum.
      em = font.layout(text).glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) / font.unitsPerEm;
      if (widths.size > 50_000) widths.clear();
      widths.set(key, em);
    }
    return em * sizePt;
  };
  const fonts = { bytes, measure, metrics };
  cache.set(resourcesDir, fonts);
  return fonts;
}
