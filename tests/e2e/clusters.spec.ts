import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { loadDemo } from './steps';

test.describe('clusters and scoring', () => {
  test('a block of three CĐCS is scored by keyboard, ranked with the tie rule, and the ranking prints to PDF', async ({ app }, info) => {
    test.skip(info.project.name !== 'web', 'page.pdf() needs headless Chromium');
    test.setTimeout(120_000);
    const { page } = app;
    await loadDemo(app);
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    const unions = (await app.call('unions:list', { offset: 0, limit: 500 })).items
      .filter((u) => u.dissolvedOn === null && u.code)
      .sort((a, b) => a.name.length - b.name.length)
      .slice(0, 3);
    expect(unions).toHaveLength(3);

    // The block, through the screens
    await page.getByRole('menuitem', { name: 'Cụm, khối thi đua' }).click();
    await expect(page.getByRole('heading', { name: 'Cụm, khối thi đua', level: 4 })).toBeVisible();
    await page.getByRole('button', { name: 'Thêm cụm, khối' }).click();
    const form = page.getByRole('dialog', { name: 'Thêm cụm, khối thi đua' });
    await form.getByLabel('Tên').fill('Khối thi đua thử nghiệm');
    await form.getByRole('button', { name: 'Lưu' }).click();
    const drawer = page.getByRole('dialog', { name: `Khối thi đua thử nghiệm — ${year}` });
    await expect(drawer).toBeVisible();
    for (const union of unions) {
      const picker = drawer.getByRole('combobox', { name: 'Thêm CĐCS' });
      await picker.click();
      await expect(page.getByRole('option').first()).toBeVisible();
      await picker.fill(union.code!);
      await expect(page.getByRole('option')).toHaveCount(1);
      await page.getByRole('option', { name: new RegExp(union.code!) }).first().click();
      await expect(drawer.getByRole('cell', { name: union.name, exact: true })).toBeVisible();
    }
    await drawer.getByRole('button', { name: 'Lưu danh sách đơn vị' }).click();
    await expect(page.getByText('Đã lưu danh sách đơn vị.')).toBeVisible();
    const cluster = (await app.call('clusters:list', { year })).find((c) => c.name === 'Khối thi đua thử nghiệm')!;
    expect(cluster.memberCount).toBe(3);

    // An empty sheet through the screen, a small criteria table through the backend
    await drawer.getByRole('button', { name: 'Chấm điểm' }).click();
    await expect(page.getByRole('heading', { name: 'Chấm điểm thi đua', level: 4 })).toBeVisible();
    await page.getByRole('combobox', { name: 'Sao chép từ' }).click();
    await page.getByTitle('Bảng trống (xếp loại mặc định)').click();
    await page.getByRole('button', { name: 'Tạo bảng chấm điểm' }).click();
    await expect(page.getByRole('tab', { name: 'Nhập điểm' })).toBeVisible();
    const sheetId = (await app.call('clusters:get', { id: cluster.id })).cluster.sheetId!;
    await app.call('scoreSheets:saveCriteria', {
      id: sheetId,
      criteria: [
        { kind: 'section', code: 'I', content: 'Công tác tổ chức', maxPoints: 0 },
        { kind: 'criterion', code: '1', content: 'Phát triển đoàn viên', condition: 'Kết nạp từ 50 đoàn viên trở lên', evidence: 'Quyết định kết nạp', maxPoints: 60 },
        { kind: 'criterion', code: '2', content: 'Thu, nộp kinh phí', maxPoints: 40 },
        { kind: 'deduction', code: '', content: 'Điểm trừ', maxPoints: 5 },
      ],
    });
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Nhập điểm', selected: true })).toBeVisible();

    // Scores typed cell after cell: Tab along the rows (self, agreed for each unit)
    const rows = [
      ['56', '55', '52', '50', '50', '50'],
      ['38', '37', '36', '35,5', '38', '36.5'],
      ['0', '0', '0', '0', '1', '1'],
    ];
    const first = page.getByLabel(`${unions[0]!.name} — 1. Phát triển đoàn viên — Tự chấm`);
    await first.click();
    for (const row of rows) {
      for (const value of row) {
        await page.keyboard.type(value);
        await page.keyboard.press('Tab');
      }
    }
    // Enter moves down the column
    await first.click();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel(`${unions[0]!.name} — 2. Thu, nộp kinh phí — Tự chấm`)).toBeFocused();
    // A score above the maximum is refused, naming the unit, the criterion and the maximum
    await page.keyboard.type('45');
    await page.keyboard.press('Tab');
    await expect(page.getByText(`${unions[0]!.name} — "2. Thu, nộp kinh phí": điểm tự chấm 45 vượt điểm tối đa 40.`)).toBeVisible();
    await expect(page.getByLabel(`${unions[0]!.name} — 2. Thu, nộp kinh phí — Tự chấm`)).toHaveValue('38');
    await page.screenshot({ path: info.outputPath('score-grid.png') });

    const ranking = await app.call('scoreSheets:ranking', { id: sheetId });
    expect(ranking.map((r) => [r.name, r.agreedTotal, r.rank, r.rating, r.proposedForFlag])).toEqual([
      [unions[0]!.name, 92, 1, 'strong', true],
      [unions[1]!.name, 85.5, 2, 'good', false],
      [unions[2]!.name, 85.5, 3, 'good', false],
    ]);

    await page.getByRole('tab', { name: 'Xếp hạng' }).click();
    const table = page.getByRole('table').filter({ hasText: 'Điểm thống nhất' });
    await expect(table.getByRole('row').nth(1)).toContainText(unions[0]!.name);
    await expect(table.getByRole('row').nth(1)).toContainText('Hoàn thành xuất sắc nhiệm vụ');
    await expect(table.getByRole('row').nth(2)).toContainText('85,5');
    await expect(table.getByRole('row').nth(3)).toContainText(unions[2]!.name);
    await expect(page.getByText(/Quy tắc xếp hạng khi bằng điểm: tổng điểm thống nhất cao hơn, ít điểm trừ hơn/)).toBeVisible();
    await page.getByRole('button', { name: 'Áp dụng xếp loại cho CĐCS' }).click();
    await page.getByRole('button', { name: 'Đồng ý' }).click();
    await expect(page.getByText('Đã ghi xếp loại cho 3 CĐCS.')).toBeVisible();
    const rated = await app.call('unionRatings:list', { year, search: unions[0]!.code!, offset: 0, limit: 5 });
    expect(rated.items.find((r) => r.organizationId === unions[0]!.id)).toMatchObject({ rating: 'strong', source: 'scoring', points: 92 });
    await page.screenshot({ path: info.outputPath('ranking.png') });

    // The ranking printout: signed by a person under "CỤM TRƯỞNG" and dated by the user.
    const leader = (await app.call('clusters:get', { id: cluster.id })).members.find((m) => m.role === 'leader');
    const chair = leader?.organizationId ? (await app.call('unions:get', { id: leader.organizationId })).chairName : '';
    await page.getByRole('button', { name: 'In xếp hạng' }).click();
    const ask = page.getByRole('dialog', { name: 'In bảng xếp hạng' });
    await expect(ask.getByLabel('Người ký dưới “CỤM TRƯỞNG”')).toHaveValue(chair);
    // The default date is in the working year, whatever the PC clock says.
    await expect(ask.getByLabel('Ngày ký')).toHaveValue(new RegExp(`/${year}$`));
    await ask.getByLabel('Ngày ký').fill(`25/11/${year}`);
    await ask.getByLabel('Ngày ký').press('Enter');
    await ask.getByLabel('Người ký dưới “CỤM TRƯỞNG”').fill('Nguyễn Thị Cụm Trưởng');
    await ask.getByRole('button', { name: 'In', exact: true }).click();
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 20_000 });
    await expect(page.getByTestId('ranking-signature')).toHaveText(/^CỤM TRƯỞNG.*Nguyễn Thị Cụm Trưởng$/);
    const pdf = info.outputPath('xep-hang.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const text = layout.replace(/\s+/g, ' ');
    const line = (name: string) => layout.split('\n').find((l) => l.includes(name)) ?? '';
    expect(text).toContain('KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    for (const union of unions) expect(text).toContain(union.name);
    // The top level wraps in its column: "Hoàn thành xuất sắc nhiệm" on the unit's line, "vụ" under it.
    expect(line(unions[0]!.name)).toMatch(/^\s*1\s+.+\s94\s+92\s+1\s+Hoàn thành xuất sắc nhiệm(\s+vụ)?\s+Đề nghị\s*$/);
    expect(line(unions[1]!.name)).toMatch(/^\s*2\s+.+\s88\s+85,5\s+2\s+Hoàn thành tốt nhiệm vụ\s*$/);
    expect(line(unions[2]!.name)).toMatch(/^\s*3\s+.+\s87\s+85,5\s+3\s+Hoàn thành tốt nhiệm vụ\s*$/);
    expect(text).not.toContain('vượt điểm tối đa');
    expect(text).toContain('ít điểm trừ hơn');
    expect(text).toContain(`ngày 25 tháng 11 năm ${year}`);
    expect(text).toMatch(/CỤM TRƯỞNG .*Nguyễn Thị Cụm Trưởng/);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, info.outputPath('xep-hang')]);

    // The score sheet (phiếu chấm điểm): each criterion with its scoring condition and its evidence.
    await page.goto(`${page.url().split('#')[0]}#/print/clusters-scoreSheet?id=${sheetId}`);
    await page.reload();
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 20_000 });
    const head = page.locator('table.print-list thead');
    await expect(head).toContainText('Điều kiện chấm điểm');
    await expect(head).toContainText('Văn bản chứng minh');
    const sheetPdf = info.outputPath('phieu-cham-diem.pdf');
    await page.pdf({ path: sheetPdf, preferCSSPageSize: true, printBackground: true });
    // Cells wrap, so compare without the spaces and line breaks.
    const sheetText = execFileSync('pdftotext', ['-layout', sheetPdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    await expect(page.getByRole('cell', { name: 'Kết nạp từ 50 đoàn viên trở lên', exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Quyết định kết nạp', exact: true })).toBeVisible();
    expect(sheetText).toContain('Kếtnạptừ50đoàn');
    expect(sheetText).toContain('Quyếtđịnhkếtnạp');
    expect(execFileSync('pdfinfo', [sheetPdf], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    execFileSync('pdftoppm', ['-png', '-r', '60', sheetPdf, info.outputPath('phieu-cham-diem')]);
  });

  test('the pledge of the demo peer cluster prints in the NĐ 30 format with a signature for every unit', async ({ app }, info) => {
    test.skip(info.project.name !== 'web', 'page.pdf() needs headless Chromium');
    const { page } = app;
    await loadDemo(app);
    const year = (await app.call('settings:get', {}))['office.workingYear'];
    const peer = (await app.call('clusters:list', { year })).find((c) => c.scope === 'peers')!;
    const detail = await app.call('clusters:get', { id: peer.id });
    expect(detail.members.map((m) => m.name)).toEqual(expect.arrayContaining(['Liên đoàn Lao động huyện Mỹ Đức', 'Liên đoàn Lao động huyện Thường Tín']));
    expect(detail.cluster.leaderName).toMatch(/Chương Mỹ/);
    await page.getByRole('menuitem', { name: 'Cụm, khối thi đua' }).click();
    await page.getByRole('button', { name: peer.name }).click();
    await page.getByRole('tab', { name: 'Giao ước thi đua' }).click();
    await page.getByRole('button', { name: 'In giao ước' }).click();
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 20_000 });
    const pdf = info.outputPath('giao-uoc.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const [y, m, d] = detail.pledge!.signedOn!.split('-');
    expect(text).toContain(`Hà Nội, ngày ${d} tháng ${Number(m) <= 2 ? m : Number(m)} năm ${y}`);
    expect(text).toContain(`Số: ${detail.pledge!.number}`);
    expect(text).toContain('GIAO ƯỚC THI ĐUA');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC');
    for (const member of detail.members) expect(text).toContain(member.name);
    // the signature columns, upper case, after the signing title
    const signatures = text.slice(text.indexOf('ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC'));
    for (const place of ['CHƯƠNG MỸ', 'HUYỆN MỸ ĐỨC', 'HUYỆN PHÚ XUYÊN', 'HUYỆN ỨNG HÒA', 'HUYỆN THANH OAI', 'HUYỆN THƯỜNG TÍN']) expect(signatures).toContain(place);
  });
});
