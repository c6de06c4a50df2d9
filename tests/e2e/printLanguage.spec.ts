import { expect, test } from './fixtures';
import { loadDemo } from './steps';

/** Official printouts are Vietnamese whatever the screen's language (README, "Printouts are always in Vietnamese"). */
test.describe('printouts with the screen in English', () => {
  test('the year\'s statistics print their figures in Vietnamese', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await loadDemo(app);
    await app.call('settings:update', { 'ui.language': 'en' });
    await app.reload();
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    // The screen's own call answers in English: the labels differ by language.
    const onScreen = await app.call('statistics:year', { year });
    expect(onScreen.figures.map((f) => f.label)).toContain('Grassroots unions managed (at the cut-off)');

    await page.goto(`${page.url().split('#')[0]}#/print/statistics-year?year=${year}`);
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 60_000 });
    const printed = page.locator('table.print-list tbody');
    await expect(printed).toContainText('Tổng số CĐCS trực thuộc (tại thời điểm chốt số liệu)');
    await expect(printed).toContainText('đoàn viên');
    await expect(printed).not.toContainText('Grassroots unions managed');
    await expect(printed).not.toContainText('members');
    // The toolbar, which does not print, follows the screen.
    await expect(page.getByRole('button', { name: 'Back' })).toBeVisible();
  });
});
