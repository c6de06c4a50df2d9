import { describe, expect, it } from 'vitest';
import { rendererSources } from '../sourceFiles';

/*
 * Every dialog with a form is a FormModal / FormDrawer (fresh form per row, Enter never submits,
 * a dirty form asks before closing), money is typed in MoneyInput and dates in DateInput.
 * A source scan, so that a new screen cannot quietly bring back an antd Modal, a DatePicker or an
 * InputNumber for money.
 */

const files = rendererSources();

/** Windows that hold no form at all, each with the reason. */
const NOT_FORMS: Record<string, string> = {
  'components/FormModal.tsx': 'the one place the antd Modal and Drawer are wrapped',
  'components/useJobRunner.tsx': 'the progress of a running job, with only a cancel button',
  'features/grassrootsForms/UnionFiguresDrawer.tsx': 'a read-only table of returned figures',
};

/** Forms that are not dialogs of their own: a page, or a tab inside a FormDrawer. */
const FORMS_OUTSIDE_DIALOGS: Record<string, string> = {
  'features/settings/OfficeForm.tsx': 'the Cài đặt page itself',
  'features/clusters/PledgeForm.tsx': 'a tab of the cluster FormDrawer, which asks before closing',
  'features/organizations/UnionForm.tsx': 'the body of the CĐCS FormDrawer',
  'features/campaigns/CampaignForm.tsx': 'the body of the campaign FormDrawer',
};

/** Number fields that hold no money (years, millimetres, coefficients, sort positions), each with what it holds. */
const NUMBERS_THAT_ARE_NOT_MONEY: Record<string, string> = {
  'features/certificates/PaperForm.tsx': 'paper size in mm',
  'features/certificates/FieldForm.tsx': 'positions in mm, font size in pt, line count',
  'features/certificates/CalibrationPanel.tsx': 'printer offsets in mm',
  'features/statistics/YearHeader.tsx': 'a year',
  'features/clusters/ClustersPage.tsx': 'a year',
  'features/clusters/RatingsTab.tsx': 'a year',
  'features/clusters/ScoringTab.tsx': 'a year',
  'features/clusters/ClusterForm.tsx': 'a year',
  'features/clusters/SheetSettingsForm.tsx': 'how many units get a flag',
  'features/upperRollup/UpperRollupPage.tsx': 'a year',
  'features/settings/OfficeForm.tsx': 'the working year',
  'features/grassrootsForms/PeriodPicker.tsx': 'a year',
  'features/members/MemberFilterBar.tsx': 'years and ages',
  'features/awards/AwardListPage.tsx': 'a year',
  'features/proposals/ProposalsPage.tsx': 'a year',
  'features/proposals/ProposalForm.tsx': 'the cap of a thematic proposal (a count)',
  'features/awards/KindDrawer.tsx': 'a sort position',
  'features/awards/DecisionBasesTable.tsx': 'a sort position',
  'features/awards/DecisionsPage.tsx': 'a year',
  'features/awards/CoefficientTable.tsx': 'coefficients of the base salary',
  'features/campaigns/CampaignsPage.tsx': 'a year',
  'features/campaigns/CampaignForm.tsx': 'a year',
  'features/upward/UpwardPage.tsx': 'a year',
};

const uses = (text: string, pattern: RegExp) => pattern.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''));
const offenders = (pattern: RegExp, allowed: Record<string, string>) =>
  files.filter(({ file, text }) => uses(text, pattern) && !(file in allowed)).map(({ file }) => file);

describe('form dialogs (source scan of renderer/src)', () => {
  it('reads the renderer sources', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some(({ file }) => file === 'components/FormModal.tsx')).toBe(true);
  });

  it('builds no antd Modal or Drawer outside FormModal / FormDrawer, except windows without a form', () => {
    expect(offenders(/<(Modal|Drawer)[\s>]/, NOT_FORMS)).toEqual([]);
  });

  it('puts every form (antd Form.useForm or react-hook-form useForm) in a FormModal / FormDrawer', () => {
    const forms = files.filter(({ text }) => uses(text, /\bForm\.useForm\b|\buseForm\s*</));
    expect(forms.length).toBeGreaterThan(10);
    const outside = forms.filter(({ file, text }) => !uses(text, /<Form(Modal|Drawer)\b/) && !(file in FORMS_OUTSIDE_DIALOGS)).map(({ file }) => file);
    expect(outside).toEqual([]);
  });

  it('types money in MoneyInput: an InputNumber is only for numbers that are not money', () => {
    expect(offenders(/\bInputNumber\b/, NUMBERS_THAT_ARE_NOT_MONEY)).toEqual([]);
    // Nor next to a money word in the files allowed above.
    const money = /InputNumber[^\n]*(amount|money|salary|prize|tiền|đồng)/i;
    expect(files.filter(({ text }) => money.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it('types dates in DateInput: no antd DatePicker elsewhere', () => {
    expect(offenders(/\bDatePicker\b/, { 'components/DateInput.tsx': 'the one date input' })).toEqual([]);
  });

  it('keeps the allow-lists true: every file named still exists', () => {
    const names = new Set(files.map(({ file }) => file));
    const listed = [...Object.keys(NOT_FORMS), ...Object.keys(FORMS_OUTSIDE_DIALOGS), ...Object.keys(NUMBERS_THAT_ARE_NOT_MONEY)];
    expect(listed.filter((file) => !names.has(file))).toEqual([]);
  });
});
