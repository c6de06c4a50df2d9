import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueFigures, parseFormCatalogue } from '../../../shared/grassrootsForms/catalogue';
import { figureOf, labelKey, sectionOf } from '../../../shared/grassrootsForms/labels';
import { previousFormPeriod, isFormPeriod, formStatisticsPeriod } from '../../../shared/grassrootsForms/period';
import { readFigureValue } from '../../../shared/grassrootsForms/values';
import { isFixedFigure } from '../../../shared/statistics/catalogue';
import { PROJECT_ROOT } from '../../fixtures/backend';

const json: unknown = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'resources', 'data', 'grassroots-forms.json'), 'utf8'));
const catalogue = parseFormCatalogue(json);

describe('the Mẫu 1 / Mẫu 2 figure catalogue', () => {
  it('is versioned data with the date it applies from, and opens with "I. Tình hình lao động" in the issue’s codes', () => {
    expect(catalogue.version).toMatch(/\S/);
    expect(catalogue.appliesFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const first = catalogue.sections[0];
    expect([first?.tt, first?.label]).toEqual(['I', 'Tình hình lao động']);
    const codes = catalogueFigures(catalogue).filter((f) => f.section === 'labour').map((f) => f.code);
    expect(codes).toEqual([
      'workers.total', 'workers.female', 'labour.underemployed', 'labour.underemployedFemale', 'labour.wageCount', 'labour.avgWage',
      'labour.wageArrears', 'labour.housed', 'labour.renting', 'labour.contracts', 'labour.insured', 'labour.disputes', 'labour.disputeParticipants',
    ]);
    expect(catalogue.sections.map((s) => s.key)).toEqual(['labour', 'organization', 'representation', 'officials', 'party', 'safety', 'care', 'emulation', 'finance']);
  });

  it('shares the statistics engine’s codes where it is the same figure, and says how each rolls up', () => {
    const figures = catalogueFigures(catalogue);
    for (const code of ['workers.total', 'workers.female', 'members.total', 'members.female', 'members.admitted', 'members.coverage', 'agreements.collective', 'dialogues.held', 'care.people', 'care.amount']) {
      expect(isFixedFigure(code), code).toBe(true);
      expect(figures.some((f) => f.code === code), code).toBe(true);
    }
    const wage = figures.find((f) => f.code === 'labour.avgWage');
    expect(wage).toMatchObject({ rollup: 'weightedAverage', count: 'labour.wageCount', unit: 'đồng' });
    expect(figures.find((f) => f.code === 'members.coverage')).toMatchObject({ rollup: 'ratio', numerator: 'members.total', denominator: 'workers.total' });
  });

  it('rates CĐCS on today’s four levels, "Vững mạnh" only as the old label', () => {
    expect(catalogue.ratingLevels.map((l) => l.label)).toEqual(['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ']);
    expect(catalogue.ratingLevels[0]?.legacyLabel).toBe('Vững mạnh');
  });

  it('refuses a catalogue whose figure names a part it does not have', () => {
    const broken = structuredClone(json) as { sections: { rows: Record<string, unknown>[] }[] };
    const row = broken.sections[1]?.rows.find((r) => r.code === 'members.coverage');
    if (row) row.denominator = 'workers.nobody';
    expect(() => parseFormCatalogue(broken)).toThrow(/workers.nobody/);
  });
});

describe('reading a row by its words', () => {
  it('drops numbering, units in brackets and punctuation', () => {
    expect(labelKey('2.1. Trong đó: Nữ (người)')).toBe('trong do nu');
    expect(labelKey('a) Tổng số lao động')).toBe('tong so lao dong');
    expect(labelKey('- Số lao động được đóng BHXH, BHYT, BHTN')).toBe('so lao dong duoc dong bhxh bhyt bhtn');
  });

  it('finds a section by its heading in another numbering and wording', () => {
    expect(sectionOf(catalogue, 'PHẦN I. TÌNH HÌNH LAO ĐỘNG, VIỆC LÀM')?.key).toBe('labour');
    expect(sectionOf(catalogue, 'II - TỔ CHỨC CÔNG ĐOÀN VÀ ĐOÀN VIÊN')?.key).toBe('organization');
    expect(sectionOf(catalogue, 'Tổng số lao động')).toBeNull();
  });

  it('tells two "Trong đó nữ" rows apart by the figure read before them', () => {
    const labour = catalogue.sections[0];
    if (!labour) throw new Error('no section');
    expect(figureOf(labour, 'Trong đó nữ', 'workers.total')?.code).toBe('workers.female');
    expect(figureOf(labour, 'Trong đó: nữ', 'labour.underemployed')?.code).toBe('labour.underemployedFemale');
    expect(figureOf(labour, 'Tổng số CNVCLĐ', null)?.code).toBe('workers.total');
  });
});

describe('a figure’s cell', () => {
  it('reads 1.234, 1,234, "1.234 người", money in đồng; blank and "-" are not reported, 0 is zero', () => {
    expect(readFigureValue('1.234')).toEqual({ kind: 'value', value: 1234 });
    expect(readFigureValue('1,234')).toEqual({ kind: 'value', value: 1234 });
    expect(readFigureValue('1.234 người')).toEqual({ kind: 'value', value: 1234 });
    expect(readFigureValue('25.000.000 đồng')).toEqual({ kind: 'value', value: 25_000_000 });
    expect(readFigureValue(1234)).toEqual({ kind: 'value', value: 1234 });
    expect(readFigureValue(0)).toEqual({ kind: 'value', value: 0 });
    expect(readFigureValue('0')).toEqual({ kind: 'value', value: 0 });
    expect(readFigureValue(null)).toEqual({ kind: 'blank' });
    expect(readFigureValue('-')).toEqual({ kind: 'blank' });
    expect(readFigureValue('nhiều')).toMatchObject({ kind: 'invalid', reason: 'notANumber' });
    expect(readFigureValue(-3)).toMatchObject({ kind: 'invalid', reason: 'negative' });
    expect(readFigureValue(2.5)).toMatchObject({ kind: 'invalid', reason: 'notWhole' });
  });
});

describe('form periods', () => {
  it('are 31/5 or 30/11; the one before and the span flows count over', () => {
    expect(isFormPeriod('2026-11-30')).toBe(true);
    expect(isFormPeriod('2026-05-31')).toBe(true);
    expect(isFormPeriod('2026-12-31')).toBe(false);
    expect(previousFormPeriod('2026-11-30')).toBe('2026-05-31');
    expect(previousFormPeriod('2026-05-31')).toBe('2025-11-30');
    expect(formStatisticsPeriod('2026-05-31')).toEqual({ year: 2026, from: '2025-12-01', to: '2026-05-31' });
  });
});

describe('a figure next to last period’s', () => {
  it('gives the change in percent and flags large ones', async () => {
    const { figureChange } = await import('../../../shared/grassrootsForms/change');
    expect(figureChange(100, 400)).toEqual({ percent: 300, large: true });
    expect(figureChange(100, 110)).toEqual({ percent: 10, large: false });
    expect(figureChange(90, 30)).toEqual({ percent: -66.7, large: true });
    expect(figureChange(0, 5)).toEqual({ percent: null, large: true });
    expect(figureChange(undefined, 5)).toEqual({ percent: null, large: false });
  });
});

describe('the covering công văn', () => {
  it('asks for Mẫu 1 of the period back by the deadline, dates as dd/mm/yyyy', async () => {
    const { formsLetter } = await import('../../../shared/grassrootsForms/letterText');
    const letter = formsLetter({ name: 'Công đoàn phường Chương Mỹ', shortName: '', symbol: 'CĐP' }, '2026-11-30', '2026-12-05', 3);
    expect(letter.number).toBe('Số:      /CV-CĐP');
    expect(letter.subject).toContain('năm 2026 (Mẫu số 1-HĐCĐ)');
    expect(letter.paragraphs.join(' ')).toContain('tính đến ngày 30/11/2026');
    expect(letter.paragraphs.join(' ')).toContain('trước ngày 05/12/2026');
  });
});
