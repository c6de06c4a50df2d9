import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFormCatalogue } from '../../../shared/grassrootsForms/catalogue';
import { readForm } from '../../../electron/backend/grassrootsForms/readForm';

const catalogue = parseFormCatalogue(JSON.parse(fs.readFileSync(path.join(process.cwd(), 'resources', 'data', 'grassroots-forms.json'), 'utf8')));

describe('reading a form’s sheet', () => {
  it('finds the header in other words ("Nội dung báo cáo", "Số liệu năm nay") and reads an older layout without a TT column', () => {
    const form = readForm(
      [
        {
          name: 'Sheet1',
          rows: [
            ['Đơn vị báo cáo:', 'CĐCS Trường Mầm non Hoa Sen'],
            [],
            ['Nội dung báo cáo', 'ĐVT', 'Số liệu năm trước', 'Số liệu năm nay'],
            ['I. Tình hình lao động', null, null, null],
            ['a) Tổng số lao động', 'người', 30, '32'],
            ['- Trong đó: nữ', 'người', 28, 29],
            ['Tổng số tiền doanh nghiệp còn nợ lương người lao động', 'đồng', null, 0],
            ['Một dòng riêng của tỉnh', 'người', null, 4],
          ],
        },
      ],
      catalogue,
    );
    expect(form.reportingUnit).toBe('CĐCS Trường Mầm non Hoa Sen');
    expect(Object.fromEntries(form.values)).toEqual({ 'workers.total': 32, 'workers.female': 29, 'labour.wageArrears': 0 });
    expect(form.problems).toEqual([{ kind: 'unknownRow', row: 8, column: 'Số liệu năm nay', params: { label: 'Một dòng riêng của tỉnh' } }]);
  });
});
