import { describe, expect, it } from 'vitest';
import { reportCharts } from '../../../electron/backend/reports/charts';
import type { ReportFigure } from '../../../shared/reports/model';

const figure = (code: string, value: number): ReportFigure => ({
  code, section: 'members', label: code, unit: 'người', value, computed: value, lastYear: null, target: null, change: null, percentOfTarget: null, source: 'data', reason: '', note: '',
});

describe('report charts', () => {
  it('write their numbers the Vietnamese way (3.945, not 3,945 or 3945)', () => {
    const [members] = reportCharts(2025, [figure('members.total', 3945), figure('members.female', 1000)], []);
    const text = (members?.svg ?? '').replace(/<[^>]+>/g, ' ');
    expect(text).toContain('3.945');
    expect(text).toContain('1.000');
    expect(text).not.toMatch(/3,945|\b3945\b|\b4000\b|4,000/);
  });
});
