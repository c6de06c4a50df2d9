import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadDemo } from './steps';
import { ROUTES } from '../../renderer/src/app/routes';


const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Where the header sits and how far the page itself and the sidebar can scroll. */
async function layoutOf(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('[data-testid="app-header"]')!.getBoundingClientRect();
    const sider = document.querySelector('[data-testid="app-sider"]')!;
    const scroller = document.scrollingElement!;
    return {
      headerTop: header.top,
      headerBottom: header.bottom,
      pageOverflow: scroller.scrollHeight - window.innerHeight,
      siderBottom: sider.getBoundingClientRect().bottom,
    };
  });
}

test.describe('layout at office screen sizes', () => {
  test('every main screen keeps its header; the page never scrolls it away', async ({ app }, testInfo) => {
    test.setTimeout(180_000);
    const { page } = app;
    await loadDemo(app);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const route of ROUTES) {
        await page.evaluate((name) => (window.location.hash = `#/${name}`), route);
        await page.waitForTimeout(700);
        await page.screenshot({ path: testInfo.outputPath(`${route}-${size.width}x${size.height}.png`) });
        const layout = await layoutOf(page);
        expect(layout.headerTop, `${route} at ${size.width}: header at the top`).toBe(0);
        expect(layout.pageOverflow, `${route} at ${size.width}: the window itself does not scroll`).toBeLessThanOrEqual(0);
        expect(layout.siderBottom, `${route} at ${size.width}: the sidebar ends at the window's bottom`).toBeLessThanOrEqual(size.height);
        // Scrolling the page (wheel over the content) leaves the header where it is.
        await page.mouse.move(size.width / 2, size.height - 40);
        await page.mouse.wheel(0, 2000);
        await page.waitForTimeout(100);
        expect((await layoutOf(page)).headerTop, `${route} at ${size.width}: header after a scroll`).toBe(0);
      }
    }
  });

  test('the expanded sidebar scrolls on its own at 1366×768', async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await loadDemo(app);
    const settingsItem = page.getByRole('menuitem', { name: 'Cài đặt' });
    await settingsItem.scrollIntoViewIfNeeded();
    await expect(settingsItem).toBeInViewport();
    await expect(page.getByTestId('app-header')).toBeInViewport();
    expect((await layoutOf(page)).headerTop).toBe(0);
    await settingsItem.click();
    await expect(page.getByRole('heading', { name: 'Cài đặt', level: 4 })).toBeInViewport();
  });

  test('at 1366×768 the member grid shows CĐCS, Trạng thái and Ngày vào CĐ; one click opens a member in a drawer beside the list', async ({ app }, testInfo) => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await loadDemo(app);
    await page.getByRole('menuitem', { name: 'Đoàn viên' }).click();
    const grid = page.getByTestId('members-grid');
    await expect(grid.getByRole('gridcell').first()).toBeVisible();
    const gridBox = (await grid.boundingBox())!;
    for (const header of ['CĐCS', 'Trạng thái', 'Ngày vào công đoàn']) {
      const box = (await grid.getByRole('columnheader', { name: header }).boundingBox())!;
      expect(box, `${header} is shown`).not.toBeNull();
      expect(box.x + box.width, `${header} ends inside the grid`).toBeLessThanOrEqual(gridBox.x + gridBox.width + 1);
    }
    // No CĐCS name in the first rows is cut.
    const cut = await grid.locator('.ag-cell[col-id="unionName"]').evaluateAll((cells) =>
      cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent),
    );
    expect(cut).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('members-grid-1366.png') });

    const first = await app.call('members:list', { status: 'active', offset: 0, limit: 1 });
    await grid.getByRole('gridcell', { name: first.items[0]!.fullName, exact: true }).first().click();
    const drawer = page.locator('.ant-drawer-content-wrapper');
    await expect(drawer).toBeVisible();
    await expect(page.locator('.ant-drawer-title')).toContainText(first.items[0]!.fullName);
    const drawerBox = (await drawer.boundingBox())!;
    expect(drawerBox.x, 'the drawer leaves the sidebar and part of the list visible').toBeGreaterThanOrEqual(210);
    await page.screenshot({ path: testInfo.outputPath('member-drawer-1366.png') });
  });
});
