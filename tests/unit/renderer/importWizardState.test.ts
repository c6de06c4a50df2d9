import { describe, expect, it } from 'vitest';
import type { ImportInspection, ImportPreview } from '../../../shared/exchange/import';
import { initialWizardState, STEP, wizardReducer, type WizardAction, type WizardState } from '../../../renderer/src/features/exchange/importWizardState';

const inspection = (overrides: Partial<ImportInspection> = {}): ImportInspection => ({
  token: 'imp-1',
  kind: 'members',
  fileName: 'ds.xlsx',
  sheets: [
    { index: 0, name: 'Danh sách', rows: 20 },
    { index: 1, name: 'Tổng hợp', rows: 5 },
  ],
  sheetIndex: 1,
  encoding: 'unicode',
  headerRow: 7,
  columns: [{ index: 0, label: 'Họ và tên', samples: ['Nguyễn Văn A'] }],
  fields: [{ key: 'fullName', label: 'Họ và tên', required: true }],
  mapping: { fullName: 0 },
  ...overrides,
});
const preview = { dataRows: 3 } as unknown as ImportPreview;
const file = (name: string) => ({ name }) as File;
const run = (state: WizardState, ...actions: WizardAction[]) => actions.reduce(wizardReducer, state);

/** A wizard at the check step, with a preview, an outcome, a complaint and choices made. */
const checked = (): WizardState => ({
  ...run(
    initialWizardState('members'),
    { type: 'filePicked', file: file('a.xlsx') },
    { type: 'inspectStarted' },
    { type: 'inspected', inspection: inspection() },
    { type: 'mappingFound', mapping: { fullName: 0 } },
    { type: 'defaultUnionChosen', id: 7 },
    { type: 'duplicateActionChosen', action: 'update' },
    { type: 'previewStarted' },
    { type: 'previewed', preview },
    { type: 'stepChosen', step: STEP.check },
  ),
  outcome: { status: 'cancelled' },
  mappingError: 'Thiếu cột',
});

describe('the import wizard state (importWizardState.ts)', () => {
  it('starts empty at the first step, for the kind given', () => {
    expect(initialWizardState('unions')).toMatchObject({ kind: 'unions', step: STEP.file, file: null, mapping: {}, onDuplicate: 'skip', busy: null });
  });

  it('reading a file: busy, then its sheets and the sheet read; a failure keeps no inspection and says why', () => {
    const started = run(initialWizardState('members'), { type: 'inspectFailed', error: 'old' }, { type: 'inspectStarted' });
    expect(started).toMatchObject({ busy: 'inspect', fileError: null });
    const read = wizardReducer(started, { type: 'inspected', inspection: inspection() });
    expect(read).toMatchObject({ busy: null, sheetIndex: 1, sheets: inspection().sheets });
    expect(read.inspection?.token).toBe('imp-1');
    expect(wizardReducer(read, { type: 'inspectFailed', error: 'Tệp hỏng' })).toMatchObject({ busy: null, inspection: null, fileError: 'Tệp hỏng' });
  });

  it('a new file forgets the sheets, the preview, the outcome and the complaint; a corrected file keeps the sheet', () => {
    const picked = wizardReducer(checked(), { type: 'filePicked', file: file('b.xlsx') });
    expect(picked).toMatchObject({ sheets: [], sheetIndex: null, preview: null, outcome: null, mappingError: null, defaultOrganizationId: 7 });
    expect(picked.file?.name).toBe('b.xlsx');
    const again = wizardReducer(checked(), { type: 'fileRepicked', file: file('b.xlsx') });
    expect(again).toMatchObject({ sheetIndex: 1, sheets: inspection().sheets, preview: null, outcome: null, mappingError: null });
  });

  it('another sheet forgets the preview; another kind goes back to the first step with the defaults, keeping the file', () => {
    expect(wizardReducer(checked(), { type: 'sheetChosen', index: 0 })).toMatchObject({ sheetIndex: 0, preview: null, step: STEP.check });
    const other = wizardReducer(checked(), { type: 'kindChanged', kind: 'unions' });
    expect(other).toMatchObject({ kind: 'unions', step: STEP.file, defaultOrganizationId: null, onDuplicate: 'skip', preview: null });
    expect(other.file?.name).toBe('a.xlsx');
  });

  it('a matching edited by hand clears the complaint; one found by the backend does not', () => {
    expect(wizardReducer(checked(), { type: 'mappingEdited', mapping: {} })).toMatchObject({ mapping: {}, mappingError: null });
    expect(wizardReducer(checked(), { type: 'mappingFound', mapping: {} })).toMatchObject({ mapping: {}, mappingError: 'Thiếu cột' });
    expect(wizardReducer(checked(), { type: 'mappingChecked', error: 'Chọn CĐCS' }).mappingError).toBe('Chọn CĐCS');
    expect(wizardReducer(checked(), { type: 'defaultUnionChosen', id: null })).toMatchObject({ defaultOrganizationId: null, mappingError: null });
  });

  it('a failed preview only ends the wait; the end of an import shows its outcome at the last step', () => {
    const waiting = wizardReducer(checked(), { type: 'previewStarted' });
    expect(waiting.busy).toBe('preview');
    expect(wizardReducer(waiting, { type: 'previewFailed' })).toMatchObject({ busy: null, preview });
    const done = wizardReducer(checked(), { type: 'finished', outcome: { status: 'cancelled' } });
    expect(done).toMatchObject({ step: STEP.run, outcome: { status: 'cancelled' } });
  });

  it('"Nhập tệp khác" empties everything but the kind', () => {
    const other = wizardReducer(checked(), { type: 'kindChanged', kind: 'unions' });
    expect(wizardReducer(other, { type: 'reset' })).toEqual(initialWizardState('unions'));
  });
});
