import fs from 'node:fs';
import { chromiumCandidates } from './pdf';

/** A white 1×1 PNG: the fallback picture when no browser can draw the chart. */
export const BLANK_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64');

/**
 * PNG copies of the charts for Word versions that cannot show SVG, drawn by a Chromium when one
 * is found; null without one (the caller falls back to BLANK_PNG).
 */
export async function svgsToPng(svgs: { svg: string; width: number; height: number }[], chromiumPath?: string): Promise<Buffer[] | null> {
  if (svgs.length === 0) return [];
  const executablePath = [chromiumPath, process.env.UNIONDESK_CHROMIUM, ...chromiumCandidates()].find((c): c is string => !!c && fs.existsSync(c) && fs.statSync(c).isFile());
  if (!executablePath) return null;
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const page = await browser.newPage({ deviceScaleFactor: 2 });
    const out: Buffer[] = [];
    for (const s of svgs) {
      await page.setViewportSize({ width: s.width, height: s.height });
      await page.setContent(`<html><body style="margin:0;background:#fff">${s.svg}</body></html>`);
      out.push(await page.locator('svg').first().screenshot({ omitBackground: false }));
    }
    return out;
  } catch {
    return null;
  } finally {
    await browser?.close();
  }
}
