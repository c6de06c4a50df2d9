import type { DuplicateAction, ImportInspection, ImportKind, ImportPreview, ImportResult } from '@shared/exchange/import';
import type { Mapping } from './mapping';

export const STEP = { file: 0, mapping: 1, check: 2, run: 3 } as const;
export type Step = (typeof STEP)[keyof typeof STEP];

export type Outcome = { status: 'done'; result: ImportResult } | { status: 'cancelled' };

/** Everything the import wizard shows: pick → match columns → check → import. */
export interface WizardState {
  kind: ImportKind;
  step: Step;
  file: File | null;
  sheets: ImportInspection['sheets'];
  sheetIndex: number | null;
  inspection: ImportInspection | null;
  fileError: string | null;
  busy: 'inspect' | 'preview' | null;
  mapping: Mapping;
  mappingError: string | null;
  defaultOrganizationId: number | null;
  preview: ImportPreview | null;
  onDuplicate: DuplicateAction;
  outcome: Outcome | null;
}

export type WizardAction =
  /** A new file (step 1): its sheets are not known yet. */
  | { type: 'filePicked'; file: File }
  /** The same list again, corrected in Excel (from the check step): the sheet stays chosen. */
  | { type: 'fileRepicked'; file: File }
  | { type: 'sheetChosen'; index: number }
  | { type: 'kindChanged'; kind: ImportKind }
  | { type: 'inspectStarted' }
  | { type: 'inspected'; inspection: ImportInspection }
  | { type: 'inspectFailed'; error: string }
  /** The matching the backend proposed, or the one kept from before. */
  | { type: 'mappingFound'; mapping: Mapping }
  /** The user changed the matching by hand. */
  | { type: 'mappingEdited'; mapping: Mapping }
  /** The matching was checked before the preview: what is wrong with it, or null. */
  | { type: 'mappingChecked'; error: string | null }
  | { type: 'defaultUnionChosen'; id: number | null }
  | { type: 'previewStarted' }
  | { type: 'previewed'; preview: ImportPreview }
  | { type: 'previewFailed' }
  | { type: 'stepChosen'; step: Step }
  | { type: 'duplicateActionChosen'; action: DuplicateAction }
  | { type: 'finished'; outcome: Outcome }
  /** "Nhập tệp khác": back to an empty first step, same kind. */
  | { type: 'reset' };

export const initialWizardState = (kind: ImportKind): WizardState => ({
  kind,
  step: STEP.file,
  file: null,
  sheets: [],
  sheetIndex: null,
  inspection: null,
  fileError: null,
  busy: null,
  mapping: {},
  mappingError: null,
  defaultOrganizationId: null,
  preview: null,
  onDuplicate: 'skip',
  outcome: null,
});

/** What a new file, sheet or kind makes stale: the check's preview, the last outcome, the matching's complaint. */
const clearAfterFile = (state: WizardState): WizardState => ({ ...state, preview: null, outcome: null, mappingError: null });

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'filePicked':
      return clearAfterFile({ ...state, file: action.file, sheets: [], sheetIndex: null });
    case 'fileRepicked':
      return clearAfterFile({ ...state, file: action.file });
    case 'sheetChosen':
      return clearAfterFile({ ...state, sheetIndex: action.index });
    case 'kindChanged':
      return clearAfterFile({ ...state, kind: action.kind, step: STEP.file, defaultOrganizationId: null, onDuplicate: 'skip' });
    case 'inspectStarted':
      return { ...state, busy: 'inspect', fileError: null };
    case 'inspected':
      return { ...state, busy: null, inspection: action.inspection, sheets: action.inspection.sheets, sheetIndex: action.inspection.sheetIndex };
    case 'inspectFailed':
      return { ...state, busy: null, inspection: null, fileError: action.error };
    case 'mappingFound':
      return { ...state, mapping: action.mapping };
    case 'mappingEdited':
      return { ...state, mapping: action.mapping, mappingError: null };
    case 'mappingChecked':
      return { ...state, mappingError: action.error };
    case 'defaultUnionChosen':
      return { ...state, defaultOrganizationId: action.id, mappingError: null };
    case 'previewStarted':
      return { ...state, busy: 'preview' };
    case 'previewed':
      return { ...state, busy: null, preview: action.preview };
    case 'previewFailed':
      return { ...state, busy: null };
    case 'stepChosen':
      return { ...state, step: action.step };
    case 'duplicateActionChosen':
      return { ...state, onDuplicate: action.action };
    case 'finished':
      return { ...state, outcome: action.outcome, step: STEP.run };
    case 'reset':
      return initialWizardState(state.kind);
  }
}
