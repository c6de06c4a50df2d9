import { expect, test } from './fixtures';
import { discard, emptyWithBackspace, openPeakCampaignTab, typeOver } from './clerkSteps';
import { loadDemo, viNumber } from './steps';

/*
 * "Types like a clerk" in the remaining dialogs: campaign results (initiatives, honours, contests
 * and contestants), the cluster dialog with its pledge, the decision editor, the award-kind drawer
 * and the printer calibrations. Ctrl+A then typing, Backspace to empty, dates typed four ways,
 * Enter in a date that saves nothing, Esc on a dirty form, another row opened with its own data;
 * each time read back from the backend.
 */

const viDate = (iso: string | null) => (iso ? `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

test.describe('types like a clerk: the last dialogs', () => {
  test('an initiative: money typed over, the date four ways, Enter saves nothing, Esc asks, another row shows its own data', async ({ app }) => {
    test.setTimeout(90_000);
    const { page, table, campaignId, year } = await openPeakCampaignTab(app, 'Sáng kiến', 'initiatives-table');
    // The demo repeats titles: two rows get titles of their own, through the backend.
    const initiatives = async () => (await app.call('initiatives:list', { campaignId, offset: 0, limit: 200 })).items;
    const picked = (await initiatives()).slice(0, 2);
    for (const [i, { id, organizationName: _name, ...draft }] of picked.entries()) {
      await app.call('initiatives:save', { campaignId, id, draft: { ...draft, title: `Sáng kiến thử ${i + 1}` } });
    }
    const [first, second] = (await initiatives()).filter((i) => i.title.startsWith('Sáng kiến thử'));
    const search = table.getByRole('searchbox');
    const open = async (title: string) => {
      await search.fill(title);
      await table.getByRole('row').filter({ hasText: title }).first().dblclick();
      const dialog = page.getByRole('dialog', { name: 'Sửa: Sáng kiến' });
      await expect(dialog.getByLabel('Tên sáng kiến')).toHaveValue(title);
      return dialog;
    };

    const dialog = await open(first!.title);
    const value = dialog.getByLabel('Giá trị làm lợi (đ)');
    await typeOver(value, '250000000');
    await expect(value).toHaveValue('250.000.000');
    const recognized = dialog.getByLabel('Ngày công nhận', { exact: true });
    const yy = String(year).slice(2);
    for (const typed of [`1506${year}`, `15/06/${yy}`, `15-06-${year}`, `15/06/${year}`]) {
      await typeOver(recognized, typed);
      await recognized.press('Enter');
      await expect(recognized).toHaveValue(`15/06/${year}`);
      await expect(dialog).toBeVisible();
    }
    expect((await initiatives()).find((i) => i.id === first!.id)).toMatchObject({ value: first!.value, recognizedOn: first!.recognizedOn });
    await page.screenshot({ path: test.info().outputPath('clerk-initiative-1366.png') });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    expect((await initiatives()).find((i) => i.id === first!.id)).toMatchObject({ value: 250_000_000, recognizedOn: `${year}-06-15` });

    // Another initiative opens with its own amount and date; a dirty form asks before closing.
    const other = await open(second!.title);
    await expect(other.getByLabel('Giá trị làm lợi (đ)')).toHaveValue(viNumber(second!.value));
    await expect(other.getByLabel('Ngày công nhận', { exact: true })).toHaveValue(viDate(second!.recognizedOn));
    await typeOver(other.getByLabel('Giá trị làm lợi (đ)'), '1');
    await page.keyboard.press('Escape');
    await expect(discard(page)).toBeVisible();
    await discard(page).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(other).toBeHidden();
    expect((await initiatives()).find((i) => i.id === second!.id)).toMatchObject({ value: second!.value });
  });

  test('an honour: the date emptied with Backspace is saved empty, retyped it is saved; another row shows its own name', async ({ app }) => {
    test.setTimeout(90_000);
    const { page, table, campaignId, year } = await openPeakCampaignTab(app, 'Tôn vinh', 'honours-table');
    const honours = async () => (await app.call('campaignHonours:list', { campaignId, offset: 0, limit: 500 })).items;
    const all = await honours();
    const [first, second] = all.filter((h) => all.filter((j) => j.recipientName === h.recipientName).length === 1);
    const search = table.getByRole('searchbox');
    const open = async (name: string) => {
      await search.fill(name);
      await table.getByRole('row').filter({ hasText: name }).first().dblclick();
      const dialog = page.getByRole('dialog', { name: 'Sửa: Tôn vinh' });
      await expect(dialog.getByLabel('Tên người, đơn vị')).toHaveValue(name);
      return dialog;
    };

    let dialog = await open(first!.recipientName);
    const honoured = dialog.getByLabel('Ngày tôn vinh', { exact: true });
    await expect(honoured).toHaveValue(viDate(first!.honouredOn));
    await emptyWithBackspace(honoured);
    await expect(honoured).toHaveValue('');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    expect((await honours()).find((h) => h.id === first!.id)).toMatchObject({ honouredOn: null });

    dialog = await open(first!.recipientName);
    await typeOver(dialog.getByLabel('Ngày tôn vinh', { exact: true }), `2011${year}`);
    await dialog.getByLabel('Ngày tôn vinh', { exact: true }).press('Enter');
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Ngày tôn vinh', { exact: true }).press('Control+Enter');
    await expect(dialog).toBeHidden();
    expect((await honours()).find((h) => h.id === first!.id)).toMatchObject({ honouredOn: `${year}-11-20` });

    dialog = await open(second!.recipientName);
    await expect(dialog.getByLabel('Ngày tôn vinh', { exact: true })).toHaveValue(viDate(second!.honouredOn));
    await page.screenshot({ path: test.info().outputPath('clerk-honour-1366.png') });
  });
  test('a cluster: the name typed over, Esc asks, the pledge date four ways, Enter saves nothing, another cluster shows its own data', async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    await loadDemo(app);
    await page.setViewportSize({ width: 1366, height: 768 });
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    const [first, second] = await app.call('clusters:list', { year });
    await page.getByRole('menuitem', { name: 'Cụm, khối thi đua' }).click();
    const openCluster = async (name: string) => {
      await page.getByRole('button', { name, exact: true }).click();
      const drawer = page.getByRole('dialog', { name: `${name} — ${year}` });
      await expect(drawer).toBeVisible();
      return drawer;
    };

    let drawer = await openCluster(first!.name);
    await drawer.getByRole('button', { name: /^(edit )?Sửa$/ }).click();
    const form = page.getByRole('dialog', { name: 'Sửa cụm, khối thi đua' });
    const name = form.getByLabel('Tên', { exact: true });
    await expect(name).toHaveValue(first!.name);
    await typeOver(name, 'Cụm thi đua thử');
    await page.keyboard.press('Escape');
    await expect(discard(page)).toBeVisible();
    await discard(page).getByRole('button', { name: 'Tiếp tục sửa' }).click();
    await expect(name).toHaveValue('Cụm thi đua thử');
    await name.press('Enter');
    await expect(form).toBeVisible();
    await name.press('Control+Enter');
    await expect(form).toBeHidden();
    expect((await app.call('clusters:get', { id: first!.id })).cluster.name).toBe('Cụm thi đua thử');

    // The pledge: its date four ways, Enter confirms the date and saves nothing; the number emptied.
    drawer = page.getByRole('dialog', { name: `Cụm thi đua thử — ${year}` });
    await drawer.getByRole('tab', { name: 'Giao ước thi đua' }).click();
    const signed = drawer.getByLabel('Ngày ký', { exact: true });
    const yy = String(year).slice(2);
    for (const typed of [`1002${year}`, `10/02/${yy}`, `10-02-${year}`, `10/02/${year}`]) {
      await typeOver(signed, typed);
      await signed.press('Enter');
      await expect(signed).toHaveValue(`10/02/${year}`);
    }
    expect((await app.call('clusters:get', { id: first!.id })).pledge?.signedOn ?? null).toBe(first!.pledgeSignedOn);
    const number = drawer.getByLabel('Số', { exact: true });
    await typeOver(number, '07/GƯTĐ');
    await emptyWithBackspace(number);
    await expect(number).toHaveValue('');
    await page.screenshot({ path: test.info().outputPath('clerk-cluster-pledge-1366.png') });
    await drawer.getByRole('button', { name: 'Lưu giao ước' }).click();
    await expect(page.getByText('Đã lưu giao ước.')).toBeVisible();
    expect((await app.call('clusters:get', { id: first!.id })).pledge).toMatchObject({ signedOn: `${year}-02-10`, number: '' });
    // Saved, the drawer is clean again: Esc closes it without asking.
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    // Another cluster opens with its own name and pledge date.
    drawer = await openCluster(second!.name);
    await drawer.getByRole('tab', { name: 'Giao ước thi đua' }).click();
    const stored = await app.call('clusters:get', { id: second!.id });
    await expect(drawer.getByLabel('Ngày ký', { exact: true })).toHaveValue(viDate(stored.pledge?.signedOn ?? null));
    await drawer.getByRole('button', { name: /^(edit )?Sửa$/ }).click();
    await expect(page.getByRole('dialog', { name: 'Sửa cụm, khối thi đua' }).getByLabel('Tên', { exact: true })).toHaveValue(second!.name);
  });
  test('a decision: the date four ways, Enter saves nothing, the money per recipient as saved, Esc asks, another decision shows its own data', async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    await loadDemo(app);
    await page.setViewportSize({ width: 1366, height: 768 });
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    const details = await Promise.all((await app.call('awardDecisions:list', { year })).map((d) => app.call('awardDecisions:get', { id: d.id })));
    const [first, second] = details.filter((d) => d.printedCertificates === 0 && d.awards.length > 0 && d.awards.length <= 10);
    await page.getByRole('menuitem', { name: 'Quyết định khen thưởng' }).click();
    const open = async (number: string) => {
      await page.getByRole('cell', { name: number, exact: true }).click();
      const drawer = page.getByRole('dialog', { name: `Quyết định ${number}` });
      await expect(drawer.getByLabel('Số, ký hiệu', { exact: true })).toHaveValue(number);
      return drawer;
    };
    const amounts = (detail: { awards: { amount: number }[] }) => detail.awards.map((a) => viNumber(a.amount));

    let drawer = await open(first!.number);
    await expect(drawer.getByTestId('award-amount')).toHaveText(amounts(first!));
    const date = drawer.getByLabel('Ngày ký', { exact: true });
    const yy = String(year).slice(2);
    for (const typed of [`0412${year}`, `04/12/${yy}`, `04-12-${year}`, `04/12/${year}`]) {
      await typeOver(date, typed);
      await date.press('Enter');
      await expect(date).toHaveValue(`04/12/${year}`);
      await expect(drawer).toBeVisible();
    }
    expect((await app.call('awardDecisions:get', { id: first!.id })).decidedOn).toBe(first!.decidedOn);
    await page.screenshot({ path: test.info().outputPath('clerk-decision-1366.png') });
    await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText(`Đã lưu quyết định ${first!.number}.`)).toBeVisible();
    const saved = await app.call('awardDecisions:get', { id: first!.id });
    expect(saved.decidedOn).toBe(`${year}-12-04`);
    await expect(drawer.getByTestId('award-amount')).toHaveText(amounts(saved));

    // A dirty decision asks before closing; thrown away, nothing is saved.
    await typeOver(drawer.getByLabel('Số, ký hiệu', { exact: true }), '99/QĐ-NHÁP');
    await page.keyboard.press('Escape');
    await expect(discard(page)).toBeVisible();
    await discard(page).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(drawer).toBeHidden();
    expect((await app.call('awardDecisions:get', { id: first!.id })).number).toBe(first!.number);

    // Another decision opens with its own date and money.
    drawer = await open(second!.number);
    await expect(drawer.getByLabel('Ngày ký', { exact: true })).toHaveValue(viDate(second!.decidedOn));
    await expect(drawer.getByTestId('award-amount')).toHaveText(amounts(second!));
  });
  test('an award kind: the name typed over, Esc asks, a coefficient and its date typed, another kind shows its own data', async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    await loadDemo(app);
    await page.setViewportSize({ width: 1366, height: 768 });
    const kinds = await app.call('awardKinds:list', { includeInactive: true });
    const [first, second] = kinds.filter((k) => k.coefficients.length > 0 && kinds.filter((o) => o.name === k.name).length === 1);
    const coefficient = first!.coefficients[0]!;
    await page.getByRole('menuitem', { name: 'Danh hiệu, hình thức' }).click();
    const open = async (name: string) => {
      await page.getByRole('cell', { name, exact: true }).first().click();
      const drawer = page.getByRole('dialog', { name: `Sửa "${name}"` });
      await expect(drawer.getByLabel('Tên', { exact: true })).toHaveValue(name);
      return drawer;
    };

    let drawer = await open(first!.name);
    // A coefficient: its date four ways with Enter (nothing saved), the amount typed over.
    const row = drawer.getByRole('row').filter({ hasText: viDate(coefficient.effectiveFrom) });
    await row.getByRole('button', { name: 'Sửa', exact: true }).click();
    const from = drawer.getByLabel('Áp dụng từ', { exact: true });
    for (const typed of ['01072030', '01/07/30', '01-07-2030', '01/07/2030']) {
      await typeOver(from, typed);
      await from.press('Enter');
      await expect(from).toHaveValue('01/07/2030');
      await expect(drawer).toBeVisible();
    }
    expect((await app.call('awardKinds:list', { includeInactive: true })).find((k) => k.id === first!.id)!.coefficients).toEqual(first!.coefficients);
    await typeOver(drawer.getByLabel('Cá nhân', { exact: true }), '2,5');
    await page.screenshot({ path: test.info().outputPath('clerk-award-kind-1366.png') });
    await drawer.getByRole('button', { name: 'Lưu', exact: true }).first().click();
    await expect(drawer.getByRole('row').filter({ hasText: '01/07/2030' })).toBeVisible();
    const stored = (await app.call('awardKinds:list', { includeInactive: true })).find((k) => k.id === first!.id)!;
    expect(stored.coefficients.find((c) => c.id === coefficient.id)).toMatchObject({ effectiveFrom: '2030-07-01', individual: 2.5 });

    // The name: typed over, Esc asks and keeps it, Ctrl+Enter saves it.
    const name = drawer.getByLabel('Tên', { exact: true });
    await typeOver(name, 'Giấy khen thử');
    await page.keyboard.press('Escape');
    await expect(discard(page)).toBeVisible();
    await discard(page).getByRole('button', { name: 'Tiếp tục sửa' }).click();
    await expect(name).toHaveValue('Giấy khen thử');
    await name.press('Control+Enter');
    // Saved, the drawer takes the new name and is clean: it closes without asking.
    const renamed = page.getByRole('dialog', { name: 'Sửa "Giấy khen thử"' });
    await expect(renamed).toBeVisible();
    expect((await app.call('awardKinds:list', { includeInactive: true })).find((k) => k.id === first!.id)!.name).toBe('Giấy khen thử');
    // Esc right after the save closes the clean drawer, though the question's box may still be leaving.
    await page.keyboard.press('Escape');
    await expect(renamed).toBeHidden();
    await expect(discard(page)).toHaveCount(0);
    await expect(page.locator('.ant-drawer-mask')).toHaveCount(0);

    // Esc closes an open list, and the next Esc the clean drawer, while the list is still leaving.
    drawer = await open('Giấy khen thử');
    const level = drawer.locator('.ant-form-item').filter({ hasText: 'Cấp' }).getByRole('combobox');
    await level.click();
    await expect(level).toHaveAttribute('aria-expanded', 'true');
    await level.press('Escape');
    await expect(level).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('.ant-drawer-open')).toHaveCount(1);
    await level.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(discard(page)).toHaveCount(0);

    // Another kind opens with its own name and coefficients.
    drawer = await open(second!.name);
    await expect(drawer.getByRole('row').filter({ hasText: viDate(second!.coefficients[0]!.effectiveFrom) }).first()).toBeVisible();
  });
  test('a contest and its contestants: the dates typed, prize money emptied and typed over, another contestant shows its own money', async ({ app }) => {
    test.setTimeout(90_000);
    const { page, detail, table: contests, campaignId, year } = await openPeakCampaignTab(app, 'Hội thi', 'contests-table');
    const [contest] = (await app.call('contests:list', { campaignId, offset: 0, limit: 50 })).items;
    await contests.getByRole('row').filter({ hasText: contest!.name }).first().dblclick();
    const form = page.getByRole('dialog', { name: 'Sửa: Hội thi' });
    const from = form.getByLabel('Từ ngày', { exact: true });
    await expect(from).toHaveValue(viDate(contest!.heldFrom));
    for (const typed of [`0508${year}`, `05/08/${String(year).slice(2)}`, `05-08-${year}`, `05/08/${year}`]) {
      await typeOver(from, typed);
      await from.press('Enter');
      await expect(from).toHaveValue(`05/08/${year}`);
      await expect(form).toBeVisible();
    }
    await from.press('Control+Enter');
    await expect(form).toBeHidden();
    expect((await app.call('contests:list', { campaignId, offset: 0, limit: 50 })).items.find((c) => c.id === contest!.id)).toMatchObject({ heldFrom: `${year}-08-05` });

    // Its contestants: prize money emptied (saved as 0), then typed over.
    const entries = async () => (await app.call('contestEntries:list', { contestId: contest!.id, offset: 0, limit: 200 })).items;
    const all = await entries();
    const [first, second] = all.filter((e) => all.filter((o) => o.contestantName === e.contestantName).length === 1);
    await contests.getByRole('row').filter({ hasText: contest!.name }).first().getByRole('button', { name: /Expand row|Mở rộng/ }).click();
    const table = detail.getByTestId('entries-table');
    const open = async (name: string) => {
      await table.getByRole('searchbox').fill(name);
      await table.getByRole('row').filter({ hasText: name }).first().dblclick();
      const dialog = page.getByRole('dialog', { name: 'Sửa: Thí sinh' });
      await expect(dialog.getByLabel('Tên thí sinh', { exact: true })).toHaveValue(name);
      return dialog;
    };
    let dialog = await open(first!.contestantName);
    const prize = dialog.getByLabel('Tiền thưởng (đ)', { exact: true });
    await emptyWithBackspace(prize);
    await expect(prize).toHaveValue('');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(dialog).toBeHidden();
    expect((await entries()).find((e) => e.id === first!.id)).toMatchObject({ prizeAmount: 0 });
    dialog = await open(first!.contestantName);
    await typeOver(dialog.getByLabel('Tiền thưởng (đ)', { exact: true }), '2500000');
    await expect(dialog.getByLabel('Tiền thưởng (đ)', { exact: true })).toHaveValue('2.500.000');
    await page.screenshot({ path: test.info().outputPath('clerk-contestant-1366.png') });
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(dialog).toBeHidden();
    expect((await entries()).find((e) => e.id === first!.id)).toMatchObject({ prizeAmount: 2_500_000 });

    dialog = await open(second!.contestantName);
    await expect(dialog.getByLabel('Tiền thưởng (đ)', { exact: true })).toHaveValue(second!.prizeAmount === 0 ? /^0?$/ : viNumber(second!.prizeAmount));
  });
  test('a printer calibration: offsets typed with a comma, Backspace to empty, Esc asks, another printer opens under its own name', async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    await loadDemo(app);
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.call('certificates:saveCalibration', { draft: { name: 'Canon LBP 2900', dxMm: -1, dyMm: 2.5 } });
    await page.getByRole('menuitem', { name: 'In bằng, giấy khen' }).click();
    await page.getByRole('tab', { name: 'Hiệu chỉnh máy in' }).click();
    const calibrations = async () => app.call('certificates:calibrations', {});

    await page.getByRole('button', { name: 'Thêm máy in' }).click();
    let dialog = page.getByRole('dialog', { name: 'Thêm máy in' });
    await dialog.getByLabel('Tên máy in', { exact: true }).fill('HP LaserJet 1020');
    const dx = dialog.getByLabel('dx (mm, + sang phải)', { exact: true });
    const dy = dialog.getByLabel('dy (mm, + xuống dưới)', { exact: true });
    await typeOver(dx, '1,5');
    await typeOver(dy, '-2');
    await dy.press('Enter');
    await expect(dialog).toBeVisible();
    await dy.press('Control+Enter');
    await expect(dialog).toBeHidden();
    const hp = (await calibrations()).find((c) => c.name === 'HP LaserJet 1020');
    expect(hp).toMatchObject({ dxMm: 1.5, dyMm: -2 });

    // Editing says so and shows this printer's offsets; Backspace to empty saves 0.
    const row = (name: string) => page.getByRole('row').filter({ hasText: name });
    await row('HP LaserJet 1020').getByRole('button', { name: 'Sửa' }).click();
    dialog = page.getByRole('dialog', { name: 'Sửa hiệu chỉnh "HP LaserJet 1020"' });
    await expect(dialog.getByLabel('dx (mm, + sang phải)', { exact: true })).toHaveValue('1,5');
    await emptyWithBackspace(dialog.getByLabel('dx (mm, + sang phải)', { exact: true }));
    await page.screenshot({ path: test.info().outputPath('clerk-calibration-1366.png') });
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(dialog).toBeHidden();
    expect((await calibrations()).find((c) => c.id === hp!.id)).toMatchObject({ dxMm: 0, dyMm: -2 });

    // A dirty form asks; thrown away, nothing changes.
    await row('HP LaserJet 1020').getByRole('button', { name: 'Sửa' }).click();
    await typeOver(dialog.getByLabel('dy (mm, + xuống dưới)', { exact: true }), '9');
    await page.keyboard.press('Escape');
    await expect(discard(page)).toBeVisible();
    await discard(page).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(dialog).toBeHidden();
    expect((await calibrations()).find((c) => c.id === hp!.id)).toMatchObject({ dyMm: -2 });

    await row('Canon LBP 2900').getByRole('button', { name: 'Sửa' }).click();
    const canon = page.getByRole('dialog', { name: 'Sửa hiệu chỉnh "Canon LBP 2900"' });
    await expect(canon.getByLabel('Tên máy in', { exact: true })).toHaveValue('Canon LBP 2900');
    await expect(canon.getByLabel('dy (mm, + xuống dưới)', { exact: true })).toHaveValue('2,5');
  });
});
