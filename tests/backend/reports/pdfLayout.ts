import { execFileSync } from 'node:child_process';

/** The words of a PDF with their boxes (pdftotext -bbox), page by page, in points from the top left. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
}

const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

export function pdfPages(file: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
    width: Number(p[1]),
    height: Number(p[2]),
    words: [...p[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: unescape(w[5]!),
    })),
  }));
}

export const MM = 72 / 25.4;

/** The page's text as `pdftotext -layout` lays it out, one string per page. */
export function layoutText(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
}

/** Dark pixels of each page (rendered in grey at `dpi`) right of `rightMm` from the right edge: borders count, unlike text. */
export function inkPastRightMargin(file: string, rightMm: number, dpi = 36): number[] {
  const out = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file], { maxBuffer: 256 * 1024 * 1024 });
  const counts: number[] = [];
  let at = 0;
  while (at < out.length) {
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(out.subarray(at, at + 40).toString('latin1'));
    if (!header) break;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const start = at + header[0].length;
    const limit = Math.ceil(width - (rightMm * dpi) / 25.4) + 1;
    let dark = 0;
    for (let y = 0; y < height; y++) for (let x = limit; x < width; x++) if (out[start + y * width + x]! < 128) dark++;
    counts.push(dark);
    at = start + width * height;
  }
  return counts;
}
