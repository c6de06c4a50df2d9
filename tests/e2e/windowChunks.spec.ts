import type { Page, Response } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo } from './steps';

// Literals the minifier keeps: the shell's sidebar (with the screens it lists) and the print documents' ready mark.
const SHELL = 'app-sider';
const PRINT = 'printReady';

/** The text of every renderer script a fresh load of `route` runs, by file name. */
async function scriptsOfLoad(page: Page, route: string, ready: () => Promise<void>): Promise<Map<string, string>> {
  const bodies: Promise<[string, string]>[] = [];
  const record = (response: Response) => {
    const file = /\/assets\/([^/]+\.js)$/.exec(response.url())?.[1];
    if (file) bodies.push(response.text().then((text) => [file, text]));
  };
  await page.goto(`${page.url().split('#')[0]}#/${route}`);
  page.on('response', record);
  await page.reload();
  await ready();
  page.off('response', record);
  return new Map(await Promise.all(bodies));
}

const holding = (scripts: Map<string, string>, literal: string) => [...scripts].filter(([, text]) => text.includes(literal)).map(([file]) => file);

test('a print window loads the print documents and not the shell; the app window no print document', async ({ app }) => {
  test.skip(app.host !== 'web', 'the browser preview serves the chunks over HTTP, where each one is seen');
  const { page } = app;
  await loadDemo(app);
  const year = (await app.call('settings:get', {}))['office.workingYear'];

  const screen = await scriptsOfLoad(page, 'dashboard', () => expect(page.getByTestId('awards-decisions')).toBeVisible());
  expect(holding(screen, SHELL)).not.toEqual([]);
  expect(holding(screen, PRINT)).toEqual([]);

  const print = await scriptsOfLoad(page, `print/statistics-year?year=${year}`, () =>
    expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 60_000 }),
  );
  expect(holding(print, PRINT)).not.toEqual([]);
  expect(holding(print, SHELL)).toEqual([]);
  expect([...print.keys()].filter((file) => file.startsWith('DashboardPage-'))).toEqual([]);
});
