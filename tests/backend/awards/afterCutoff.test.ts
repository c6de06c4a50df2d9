import { describe, expect, it } from 'vitest';
import { reportPrintBody } from '../../../shared/reports/printHtml';
import { call, useTempDirs } from '../../fixtures/backend';
import { awardsOffice, person } from './helpers';

const temp = useTempDirs();

describe('awards after the cut-off', () => {
  it('the statistics and the report say which cut-off they use and how many decisions of the year fall after it', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { kind } = await awardsOffice(backend);
    for (const [number, decidedOn] of [['50/QĐ-CĐP', '2026-11-30'], ['51/QĐ-CĐP', '2026-12-05'], ['52/QĐ-CĐP', '2026-12-20'], ['1/QĐ-CĐP', '2027-01-05']] as const) {
      await call(backend, 'awardDecisions:save', { draft: { number, decidedOn, formKindId: kind('GK') }, recipients: [person(`Người ${number}`)] });
    }
    const stats = await call(backend, 'statistics:year', { year: 2026 });
    expect(stats.period).toEqual({ year: 2026, from: '2025-12-01', to: '2026-11-30' });
    expect(stats.afterCutoff).toEqual({ decisions: 2, awards: 2 });

    await call(backend, 'reports:create', { year: 2026, from: 'template' });
    const doc = await call(backend, 'reports:document', { year: 2026 });
    expect(doc.decisionsAfterCutoff).toBe(2);
    const html = reportPrintBody(doc);
    expect(html).toContain('ngày chốt 30/11/2026; 2 quyết định khen thưởng ký trong năm 2026 sau ngày chốt được tính vào kỳ năm 2027.');
  });
});
