import fs from 'node:fs';
import path from 'node:path';
import type { ReportDocument } from '../../../../shared/reports/model';
import { reportPrintHtml } from '../../../../shared/reports/printHtml';
import { AppError } from '../../core/appError';
import { writeFileAtomic } from '../../paths/dataDir';

/** Where Chromium-family browsers usually live (Linux, Windows, macOS). */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const win = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((d): d is string => !!d);
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
    ...win.flatMap((d) => [path.join(d, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), path.join(d, 'Google', 'Chrome', 'Application', 'chrome.exe')]),
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ];
}

/** The browser to print with: the one given (or UNIONDESK_CHROMIUM, which the CLI's --chromium sets), else the first one found. */
export function findChromium(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const given = explicit ?? env.UNIONDESK_CHROMIUM;
  if (given) {
    if (fs.existsSync(given) && fs.statSync(given).isFile()) return given;
    throw new AppError('REPORT_NO_CHROMIUM', { tried: ` (${given})` });
  }
  const found = chromiumCandidates(env).find((c) => fs.existsSync(c));
  if (!found) throw new AppError('REPORT_NO_CHROMIUM', { tried: '' });
  return found;
}

/** Tinos from resources/fonts as @font-face rules with data: URLs, so the PDF needs nothing outside. */
export function embeddedFontCss(resourcesDir: string): string {
  const faces: [string, string, string][] = [
    ['Tinos-Regular.ttf', 'normal', 'normal'],
    ['Tinos-Bold.ttf', 'bold', 'normal'],
    ['Tinos-Italic.ttf', 'normal', 'italic'],
    ['Tinos-BoldItalic.ttf', 'bold', 'italic'],
  ];
  return faces
    .map(([file, weight, style]) => {
      const data = fs.readFileSync(path.join(resourcesDir, 'fonts', file)).toString('base64');
      return `@font-face { font-family: Tinos; font-weight: ${weight}; font-style: ${style}; src: url(data:font/ttf;base64,${data}) format('truetype'); }`;
    })
    .join('\n');
}

/** The print layout to PDF through a Chromium driven by playwright-core. */
export async function writeReportPdf(doc: ReportDocument, file: string, options: { resourcesDir: string; chromium?: string }): Promise<{ file: string }> {
  const executablePath = findChromium(options.chromium);
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const page = await browser.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(reportPrintHtml(doc, embeddedFontCss(options.resourcesDir)), { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => true)');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileAtomic(file, pdf);
    return { file };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('REPORT_PDF_FAILED', { browser: executablePath, reason: (error as Error).message.split('\n')[0] });
  } finally {
    await browser?.close();
  }
}
