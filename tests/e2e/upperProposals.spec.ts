import { expect, test } from './fixtures';
import { upperOfficeReceives, withLowerOffice } from './lowerOffice';

test.describe('proposals from below', () => {
  test('approve one row, reject one with a reason, see the draft decision; the upper report takes the roll-up', async ({ app }, info) => {
    test.skip(info.project.name !== 'web', 'two offices side by side need two preview servers');
    test.setTimeout(180_000);
    await withLowerOffice(async ({ invoke }) => {
      await invoke('setup:start', { mode: 'demo', unions: 6, members: 120, seed: 3 });
      const year = (await invoke<Record<string, number>>('settings:get', {}))['office.workingYear']!;
      const kind = (await invoke<{ id: number; code: string }[]>('awardKinds:list', {})).find((k) => k.code === 'BK-LDLD')!.id;
      const proposal = await invoke<{ id: number }>('proposals:save', { draft: { year, toIssuerLevel: 'province', formKindId: kind, number: '15/TTr-CĐP', submittedOn: `${year}-11-20` } });
      await invoke('proposalItems:add', {
        proposalId: proposal.id,
        items: [
          { recipientKind: 'individual', recipientName: 'Nguyễn Thị Hoa', recipientUnit: 'Giáo viên, CĐCS Trường Mầm non Hoa Sen', achievement: 'Hoàn thành xuất sắc nhiệm vụ' },
          { recipientKind: 'individual', recipientName: 'Trần Văn Nam', recipientUnit: 'Tổ trưởng, CĐCS Công ty May Đức Giang', achievement: 'Hoàn thành tốt nhiệm vụ' },
        ],
      });
      await invoke('proposals:send', { id: proposal.id });
      await invoke('reports:create', { year, from: 'template' });
      await invoke('reports:finalize', { year, allowUnwritten: true });
      const zip = info.outputPath('goi.zip');
      await invoke('upward:build', { year, pdf: false, target: zip });

      const upper = await upperOfficeReceives(app, year, zip);
      await expect(upper.getByTestId('import-result')).toContainText('Nhận mới 1');
      await upper.getByRole('tab', { name: 'Đề nghị khen thưởng của cấp dưới' }).click();
      const hoa = upper.getByRole('row', { name: /Nguyễn Thị Hoa/ });
      const nam = upper.getByRole('row', { name: /Trần Văn Nam/ });
      await expect(hoa).toContainText('Công đoàn phường Chương Mỹ');
      await expect(hoa).toContainText('15/TTr-CĐP');
      await expect(hoa).toContainText('Bằng khen của Liên đoàn Lao động thành phố');
      await expect(hoa.locator('.ant-tag')).toHaveText('Chờ duyệt');

      await upper.getByRole('button', { name: 'Duyệt Nguyễn Thị Hoa', exact: true }).click();
      await expect(hoa.locator('.ant-tag')).toHaveText('Duyệt');
      await upper.getByRole('button', { name: 'Không duyệt Trần Văn Nam' }).click();
      const dialog = upper.getByRole('dialog');
      await expect(dialog.getByRole('button', { name: 'Không duyệt' })).toBeDisabled();
      await dialog.getByLabel('Lý do không duyệt (bắt buộc; gửi về đơn vị trong biên nhận)').fill('Chưa đủ thời gian công tác');
      await dialog.getByRole('button', { name: 'Không duyệt' }).click();
      await expect(nam.locator('.ant-tag')).toHaveText('Không duyệt');
      await expect(nam).toContainText('Chưa đủ thời gian công tác');

      await upper.getByRole('button', { name: /Lập dự thảo quyết định \(1 dòng được duyệt\)/ }).click();
      await expect(upper.getByRole('alert').filter({ hasText: 'Dự thảo quyết định' })).toContainText(/Dự thảo quyết định \d+\/QĐ-\S+ ngày \d{2}\/\d{2}\/\d{4}: thêm 1 dòng/);
      // The draft grants the approved row's award and is dated in the year's statistics period.
      const drafted = upper.getByRole('alert').filter({ hasText: 'Dự thảo quyết định' });
      await expect(drafted).toContainText('Hình thức khen thưởng: Bằng khen của Liên đoàn Lao động thành phố.');
      const [, day, month, draftYear] = /ngày (\d{2})\/(\d{2})\/(\d{4})/.exec((await drafted.textContent()) ?? '')!;
      const draftedOn = `${draftYear}-${month}-${day}`;
      expect(draftedOn >= `${year - 1}-12-01` && draftedOn <= `${year}-11-30`, `${draftedOn} lies in ${year}'s statistics period`).toBe(true);
      await expect(hoa).toContainText('Đã vào dự thảo quyết định');
      await upper.screenshot({ path: info.outputPath('de-nghi-cap-duoi.png') });

      await upper.getByRole('button', { name: 'Mở Quyết định khen thưởng' }).click();
      const drafts = await app.call('upper:draftDecision', { year });
      const draftRow = upper.getByRole('row', { name: new RegExp(drafts.number.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) });
      await expect(draftRow).toBeVisible({ timeout: 20_000 });
      await expect(draftRow).toContainText('Bằng khen của Liên đoàn Lao động thành phố');
      await upper.screenshot({ path: info.outputPath('quyet-dinh-du-thao.png') });

      // The upper office's own report takes its statistics from the roll-up, by its choice.
      await app.call('reports:create', { year, from: 'template' });
      await upper.goto(`${app.url.split('#')[0]}#/report`);
      const source = upper.getByRole('radiogroup', { name: 'Số liệu:' });
      await expect(source).toBeVisible({ timeout: 20_000 });
      await upper.getByRole('tab', { name: 'Số liệu thống kê' }).click();
      const members = upper.getByRole('row', { name: /Tổng số đoàn viên/ }).first();
      const rolled = (await app.call('upper:rollup', { year })).rows.find((r) => r.code === 'members.total')!.total!;
      const dotted = String(rolled).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      await expect(members).not.toContainText(dotted);
      await source.getByText('tổng hợp từ cấp dưới (1 đơn vị)').click();
      await expect(members).toContainText(dotted);
      await expect(members).toContainText('Tổng hợp cấp dưới');
      await upper.screenshot({ path: info.outputPath('bao-cao-so-lieu-tong-hop.png') });
    });
  });
});
