import { expect, test } from './fixtures';
import { loadDemo, viNumber } from './steps';

test.describe('dashboard of the working year', () => {
  test('the demo office\'s cards show the backend\'s figures and lead to the work', async ({ app }) => {
    const { page } = app;
    await loadDemo(app);
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    await expect(page.getByRole('heading', { name: `Công việc năm ${year}` })).toBeVisible();

    const figures = await app.call('dashboard:year', { year });
    expect(figures.decisions.count).toBeGreaterThan(0);
    expect(figures.decisions.amount).toBeGreaterThan(999);
    await expect(page.getByTestId('awards-decisions')).toContainText(
      `${viNumber(figures.decisions.count)} quyết định của đơn vị · ${viNumber(figures.decisions.awards)} lượt · ${viNumber(figures.decisions.amount)} đ`,
    );
    await expect(page.getByTestId('emulation-campaigns')).toContainText(`${viNumber(figures.campaigns.count)} phong trào · ${viNumber(figures.campaigns.works)} công trình`);

    const { targets } = await app.call('targets:list', { year });
    const reached = targets.filter((t) => t.status === 'met' || t.status === 'exceeded').length;
    await expect(page.getByTestId('targets-reached')).toContainText(`${reached}/${targets.length} chỉ tiêu đạt hoặc vượt`, { timeout: 20_000 });
    const firstNotMet = targets.find((t) => t.status === 'not_met');
    if (firstNotMet) await expect(page.getByTestId('targets-not-met')).toContainText(firstNotMet.name);

    await page.getByTestId('emulation-campaigns').getByRole('button', { name: /Phong trào/ }).click();
    await expect(page).toHaveURL(new RegExp(`#/campaigns\\?year=${year}$`));
    await expect(page.getByRole('heading', { name: 'Phong trào thi đua' })).toBeVisible();
  });

  test('a year with nothing in it says what to do first', async ({ app }) => {
    const { page } = app;
    await loadDemo(app);
    await app.call('settings:update', { 'office.workingYear': 2031 });
    await page.reload();
    await expect(page.getByTestId('emulation-campaigns')).toContainText('Chưa có phong trào nào năm 2031');
    await expect(page.getByTestId('report-state')).toContainText('Chưa bắt đầu báo cáo tổng kết năm 2031');
    await page.getByTestId('emulation-campaigns').getByRole('button', { name: 'Thêm phong trào' }).click();
    await expect(page).toHaveURL(/#\/campaigns\?year=2031$/);
  });
});

test('opening on the dashboard asks its first calls from the entry, each once, before the app code has arrived', async ({ app }) => {
  test.skip(app.host !== 'web', 'the browser preview shows each call as a request');
  const { page } = app;
  await loadDemo(app);
  const calls: string[] = [];
  const record = (url: string) => {
    const channel = /\/api\/call\/([\w:.-]+)$/.exec(url)?.[1];
    if (channel) calls.push(channel);
  };
  page.on('request', (request) => record(request.url()));
  await page.reload();
  await expect(page.getByTestId('awards-decisions')).toContainText('quyết định');
  await expect(page.getByTestId('targets-reached')).toBeVisible({ timeout: 20_000 });
  const counts = Object.fromEntries(['app:info', 'settings:get', 'dashboard:year', 'organizations:summary', 'backups:status', 'targets:list'].map((c) => [c, calls.filter((x) => x === c).length]));
  expect(counts).toEqual({ 'app:info': 1, 'settings:get': 1, 'dashboard:year': 1, 'organizations:summary': 1, 'backups:status': 1, 'targets:list': 1 });
  const started = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('resource').map((entry) => [entry.name.split('/').pop()?.replace(/-[\w-]{8}\.js$/, '.js') ?? '', entry.startTime])),
  );
  expect(started['app:info']).toBeLessThanOrEqual(started['App.js'] ?? 0);
});
