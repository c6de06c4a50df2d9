import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PROJECT_ROOT } from '../../fixtures/backend';

/** Helpers that read the layout of a .docx (document.xml) and, where LibreOffice is installed, its PDF. */

interface Font {
  unitsPerEm: number;
  layout(text: string): { glyphs: { advanceWidth: number }[] };
}
const fonts = new Map<string, Font>();
const font = (file: string): Font => {
  if (!fonts.has(file)) fonts.set(file, fontkit.create(fs.readFileSync(path.join(PROJECT_ROOT, 'resources', 'fonts', file))) as unknown as Font);
  return fonts.get(file)!;
};

/** Width in twips of a text in Tinos (Times New Roman's metrics) at a size in half-points. */
export function textTwips(text: string, halfPoints: number, bold = false): number {
  const f = font(bold ? 'Tinos-Bold.ttf' : 'Tinos-Regular.ttf');
  const units = f.layout(text).glyphs.reduce((sum, g) => sum + g.advanceWidth, 0);
  return (units / f.unitsPerEm) * (halfPoints / 2) * 20;
}

export const attr = (tag: string, name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(tag)?.[1] ?? NaN);

/** The tables of a document.xml (top level only: the templates do not nest tables). */
export function tables(documentXml: string): { grid: number[]; rows: string[][]; xml: string }[] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => ({
    xml: m[1]!,
    grid: [...m[1]!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((g) => Number(g[1])),
    rows: [...m[1]!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => c[1]!)),
  }));
}

export const cellText = (cellXml: string) => [...cellXml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
export const cellWidth = (cellXml: string) => attr(/<w:tcW\b[^>]*\/>/.exec(cellXml)?.[0] ?? '', 'w:w');

/** Text width of a section's page: the page width less the left and right margins. */
export function sectionTextWidth(sectPr: string): number {
  const size = /<w:pgSz\b[^>]*\/>/.exec(sectPr)![0];
  const margins = /<w:pgMar\b[^>]*\/>/.exec(sectPr)![0];
  return attr(size, 'w:w') - attr(margins, 'w:left') - attr(margins, 'w:right');
}

export const sections = (documentXml: string) => [...documentXml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
/** LibreOffice and poppler are on developer machines, not on CI. */
export const officeTools = has('soffice') && has('pdftotext') && has('pdfinfo');

/** Converts a .docx with LibreOffice; returns the PDF's pages as text (pdftotext -layout) and their sizes in points. */
export function convertWithLibreOffice(docx: string, workDir: string): { pages: string[]; sizes: { width: number; height: number }[] } {
  const profile = path.join(workDir, 'lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, docx], { stdio: 'ignore', timeout: 150_000 });
  const pdf = path.join(workDir, `${path.basename(docx, '.docx')}.pdf`);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf]).toString();
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Math.round(Number(m[1])), height: Math.round(Number(m[2])) }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  return { pages: text.split('\f').slice(0, sizes.length), sizes };
}
