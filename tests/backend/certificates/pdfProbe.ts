import { execFileSync } from 'node:child_process';
import { PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import fs from 'node:fs';

export const PT_PER_MM = 72 / 25.4;

export interface TextLine {
  page: number;
  text: string;
  /** mm from the page's top-left corner. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'");

/** Every text line of the PDF with its box in mm, as poppler's pdftotext measures it. */
export function textLines(file: string): TextLine[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
  const lines: TextLine[] = [];
  let page = 0;
  for (const chunk of xml.split(/<page /).slice(1)) {
    page++;
    for (const m of chunk.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1]!));
      const [xMin, yMin, xMax, yMax] = [m[1], m[2], m[3], m[4]].map((v) => Number(v) / PT_PER_MM) as [number, number, number, number];
      lines.push({ page, text: words.join(' ').normalize('NFC'), xMin, yMin, xMax, yMax });
    }
  }
  return lines;
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
}

export function pageSizesPt(file: string): { width: number; height: number }[] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  return [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

export interface FontRow {
  name: string;
  embedded: boolean;
  subset: boolean;
}

export function fonts(file: string): FontRow[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
  return out.map((line) => {
    const cols = line.trim().split(/\s+/);
    const [emb, sub] = cols.slice(-5, -3);
    return { name: cols[0]!, embedded: emb === 'yes', subset: sub === 'yes' };
  });
}

export async function printScaling(file: string): Promise<string | null> {
  const doc = await PDFDocument.load(fs.readFileSync(file), { updateMetadata: false });
  const prefs = doc.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  const value = prefs?.get(PDFName.of('PrintScaling'));
  return value ? value.toString() : null;
}
