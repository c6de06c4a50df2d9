import { MM_TO_PT, type CertificateField, type FontFace } from './template';

/** Width in points of `text` set in `face` at `sizePt`. */
export type Measure = (face: FontFace, text: string, sizePt: number) => number;

/** A face's ascent and descent as fractions of the em (descent negative). */
export type FaceMetrics = Record<FontFace, { ascent: number; descent: number }>;

export interface LaidLine {
  text: string;
  /** Left edge of the line's text, from the paper's left edge. */
  xMm: number;
  /** Baseline, from the paper's top edge. */
  baselineMm: number;
  widthMm: number;
}

export interface LaidField {
  fieldId: string;
  key: CertificateField['key'];
  face: FontFace;
  sizePt: number;
  /** The face's ascent and descent (em fractions), to place the lines on screen as in the PDF. */
  ascent: number;
  descent: number;
  lines: LaidLine[];
  /** Shrunk below the template's size to fit. */
  shrunk: boolean;
  /** Does not fit even at the smallest size: printed in full anyway, never cut, and reported. */
  overflow: boolean;
}

export const LINE_HEIGHT = 1.15;
const STEP_PT = 0.5;

function wrap(text: string, face: FontFace, sizePt: number, maxWidthPt: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/\s+/).filter((w) => w !== '');
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && measure(face, candidate, sizePt) > maxWidthPt) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line !== '' || words.length === 0) lines.push(line);
  }
  return lines;
}

/** The narrowest wrap with the same number of lines, so a last line is not left with one word. */
function balance(text: string, face: FontFace, sizePt: number, widthPt: number, count: number, measure: Measure): string[] {
  let low = 0;
  let high = widthPt;
  let best = wrap(text, face, sizePt, widthPt, measure);
  for (let i = 0; i < 12; i++) {
    const mid = (low + high) / 2;
    const lines = wrap(text, face, sizePt, mid, measure);
    if (lines.length <= count && lines.every((line) => measure(face, line, sizePt) <= mid + 0.01)) {
      best = lines;
      high = mid;
    } else low = mid;
  }
  return best;
}

function fits(lines: string[], field: CertificateField, sizePt: number, measure: Measure): boolean {
  const widthPt = field.wMm * MM_TO_PT;
  return (
    lines.length <= field.maxLines &&
    lines.length * sizePt * LINE_HEIGHT <= field.hMm * MM_TO_PT + 0.01 &&
    lines.every((line) => measure(field.font, line, sizePt) <= widthPt + 0.01)
  );
}

/**
 * Sets a field's text in its box: wrapped over at most `maxLines` lines, shrunk in half-point steps
 * until it fits (down to half the template's size, at least 6 pt), the block centred vertically.
 * `dxMm`, `dyMm` shift everything (the printer's calibration).
 */
export function layoutField(
  field: CertificateField,
  text: string,
  measure: Measure,
  metrics: FaceMetrics,
  offset: { dxMm: number; dyMm: number } = { dxMm: 0, dyMm: 0 },
): LaidField {
  const widthPt = field.wMm * MM_TO_PT;
  const minSize = Math.min(field.sizePt, Math.max(6, field.sizePt / 2));
  let sizePt = field.sizePt;
  let lines = wrap(text, field.font, sizePt, widthPt, measure);
  while (!fits(lines, field, sizePt, measure) && sizePt - STEP_PT >= minSize - 1e-9) {
    sizePt -= STEP_PT;
    lines = wrap(text, field.font, sizePt, widthPt, measure);
  }
  const overflow = !fits(lines, field, sizePt, measure);
  if (!overflow && lines.length > 1) lines = balance(text, field.font, sizePt, widthPt, lines.length, measure);
  if (text.trim() === '') lines = [];

  const { ascent, descent } = metrics[field.font];
  const lineMm = (sizePt * LINE_HEIGHT) / MM_TO_PT;
  const blockTop = field.yMm + (field.hMm - lines.length * lineMm) / 2;
  const inkMm = ((ascent - descent) * sizePt) / MM_TO_PT;
  const laid = lines.map((line, i) => {
    const widthMm = measure(field.font, line, sizePt) / MM_TO_PT;
    const free = field.wMm - widthMm;
    const xMm = field.xMm + (field.align === 'left' ? 0 : field.align === 'right' ? free : free / 2);
    const baselineMm = blockTop + i * lineMm + (lineMm - inkMm) / 2 + (ascent * sizePt) / MM_TO_PT;
    return { text: line, xMm: xMm + offset.dxMm, baselineMm: baselineMm + offset.dyMm, widthMm };
  });
  return { fieldId: field.id, key: field.key, face: field.font, sizePt, ascent, descent, lines: laid, shrunk: sizePt < field.sizePt, overflow };
}
