import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mmToTwips, OFFICIAL_PAGE, OFFICIAL_PAGE_CSS, officialPageRule, wordPage, wordPageSetupXml } from '../../../shared/domain/documents/officialPage';

const ROOT = path.resolve(__dirname, '../../..');
const MODULE = 'shared/domain/documents/officialPage.ts';
const SCANNED = ['renderer/src', 'electron', 'shared', 'resources/templates', 'scripts'];

function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(rel);
    return /\.(ts|tsx|css|mjs|js|cjs|html)$/.test(entry.name) ? [rel] : [];
  });
}

/** What declares a page of its own: a CSS page rule or page box, or Word section page size and margins. */
const PAGE_DECLARATIONS = [/@page\b/, /@top-center/, /size:\s*A4/i, /<w:pgMar\s+w:/, /<w:pgSz\s+w:/, /w:pgMar w:top=/];

function declaringFiles(): string[] {
  return SCANNED.flatMap(sourceFiles).filter((file) => {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    return PAGE_DECLARATIONS.some((pattern) => pattern.test(text));
  });
}

describe('one place for the official page rules (NĐ 30/2020)', () => {
  it('no file declares an @page rule, A4 size or Word page margins except the official page module', () => {
    const files = declaringFiles().map((f) => f.split(path.sep).join('/'));
    // The scan sees the module itself, so the patterns do match real declarations.
    expect(files).toContain(MODULE);
    expect(files.filter((f) => f !== MODULE)).toEqual([]);
  });

  it('keeps the numbers within the decree’s ranges (DOMAIN.md)', () => {
    const { marginMm, pt } = OFFICIAL_PAGE;
    expect([OFFICIAL_PAGE.widthMm, OFFICIAL_PAGE.heightMm]).toEqual([210, 297]);
    expect(marginMm.top).toBeGreaterThanOrEqual(20);
    expect(marginMm.top).toBeLessThanOrEqual(25);
    expect(marginMm.bottom).toBeGreaterThanOrEqual(20);
    expect(marginMm.bottom).toBeLessThanOrEqual(25);
    expect(marginMm.left).toBeGreaterThanOrEqual(30);
    expect(marginMm.left).toBeLessThanOrEqual(35);
    expect(marginMm.right).toBeGreaterThanOrEqual(15);
    expect(marginMm.right).toBeLessThanOrEqual(20);
    expect(pt.pageNumber).toBeGreaterThanOrEqual(13);
    expect(pt.pageNumber).toBeLessThanOrEqual(14);
    expect(pt.number).toBe(13);
    expect(pt.upperBody).toBe(13);
  });

  it('gives the CSS and Word the same page', () => {
    const m = OFFICIAL_PAGE.marginMm;
    const margins = `margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;`;
    expect(officialPageRule('', 'portrait')).toContain(`@page { size: A4 portrait; ${margins}`);
    expect(officialPageRule('', 'portrait')).toContain('@page :first { @top-center { content: none; } }');
    expect(OFFICIAL_PAGE_CSS).toContain(`@page official-landscape { size: A4 landscape; ${margins}`);
    expect(OFFICIAL_PAGE_CSS).toContain('@page official:first { @top-center { content: none; } }');
    expect(OFFICIAL_PAGE_CSS).toContain(`font-size: ${OFFICIAL_PAGE.pt.pageNumber}pt`);
    expect(wordPageSetupXml('portrait')).toBe(
      `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="${mmToTwips(m.top)}" w:right="${mmToTwips(m.right)}" w:bottom="${mmToTwips(m.bottom)}" w:left="${mmToTwips(m.left)}" w:header="567" w:footer="567" w:gutter="0"/>`,
    );
    expect(wordPageSetupXml('landscape')).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(wordPage('portrait').textWidth).toBe(11906 - mmToTwips(m.left) - mmToTwips(m.right));
  });
});
