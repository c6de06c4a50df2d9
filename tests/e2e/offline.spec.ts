import { expect, originOf, test } from './fixtures';
import { expectWelcome, loadDemo, openSettings } from './steps';

test('first run, demo load, dashboard and settings request nothing but the app itself', async ({ app }) => {
  const { page } = app;
  await expectWelcome(page);
  await loadDemo(app);
  await expect(page.getByText('Công đoàn cơ sở theo khu vực')).toBeVisible();
  await openSettings(page);
  await expect(page.getByRole('cell', { name: '01/07/2024' })).toBeVisible();
  await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
  await expect(page.getByText('Dữ liệu tốt (kiểm tra toàn vẹn: ok).')).toBeVisible();

  const requests = [...app.requests];
  // The page really did talk to its backend (so an empty list cannot pass by accident).
  expect(requests.length).toBeGreaterThan(3);
  if (app.host === 'web') {
    expect(requests.some((url) => url.startsWith(`${app.origin}/api/call/setup:start`))).toBe(true);
    expect(requests.some((url) => url.startsWith(`${app.origin}/api/call/organizations:summary`))).toBe(true);
  }
  const foreign = requests.filter((url) => originOf(url) !== app.origin);
  expect(foreign, 'requests to anything but the app itself').toEqual([]);
  expect(new Set(requests.map(originOf))).toEqual(new Set([app.origin]));
  expect(requests.filter((url) => /fonts\.(googleapis|gstatic)\.com|cdn|unpkg|jsdelivr/i.test(url))).toEqual([]);
  // A fetch() the Content Security Policy blocks never shows up as a request, only as a violation.
  expect(app.errors.filter((text) => /Content Security Policy|Refused to/i.test(text)), 'CSP violations').toEqual([]);
  expect(app.errors.filter((text) => text.startsWith('uncaught:')), 'uncaught exceptions').toEqual([]);
});
