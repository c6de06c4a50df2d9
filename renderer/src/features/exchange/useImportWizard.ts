import { useCallback, useEffect, useReducer, useRef } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS, type DuplicateAction, type ImportInspection, type ImportKind } from '@shared/exchange/import';
import { formatNumber } from '@shared/domain/format/number';
import { ApiError, call } from '../../api/client';
import { navigate, routeParams } from '../../app/routes';
import { fileToBase64 } from '../../api/fileBase64';
import { isExcelName, MAX_FILE_BYTES } from './fileBytes';
import { missingRequired, needsUnion, sameColumns, type Mapping } from './mapping';
import { errorText, ShownError } from '../../api/errorText';
import { initialWizardState, STEP, wizardReducer, type Step } from './importWizardState';

export { STEP, type Outcome, type Step } from './importWizardState';

type RunJob = <T>(work: (jobId: string) => Promise<T>) => Promise<T>;

const kindFromRoute = (): ImportKind => {
  const kind = routeParams().get('kind') ?? '';
  return (IMPORT_KINDS as readonly string[]).includes(kind) ? (kind as ImportKind) : 'members';
};
/** A campaign list's campaign (criteria: score sheet), from #/import?kind=works&target=ID. */
const targetFromRoute = (): number | undefined => Number(routeParams().get('target')) || undefined;

/** The moves of the import wizard (pick → match columns → check → import) over its state (importWizardState.ts). */
export function useImportWizard(runJob: RunJob) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [state, dispatch] = useReducer(wizardReducer, undefined, () => initialWizardState(kindFromRoute()));
  const { kind, file, sheets, inspection, mapping, defaultOrganizationId, onDuplicate } = state;
  /** Only the latest file read counts: a slow answer for an earlier pick is dropped. */
  const ticket = useRef(0);
  /** The kind right now, for the hash listener (state may not have re-rendered yet). */
  const kindNow = useRef(kind);

  const inspect = useCallback(
    async (chosen: File, forKind: ImportKind, sheet?: number): Promise<ImportInspection | null> => {
      const mine = ++ticket.current;
      dispatch({ type: 'inspectStarted' });
      try {
        if (chosen.size > MAX_FILE_BYTES) {
          const mb = (bytes: number) => formatNumber(bytes / 1_000_000, 1);
          throw new ShownError(t('exchange.file.tooBig', { file: chosen.name, size: mb(chosen.size), max: mb(MAX_FILE_BYTES) }));
        }
        if (!isExcelName(chosen.name) && /\.(csv|ods|txt|docx?|pdf)$/i.test(chosen.name)) {
          throw new ShownError(t('exchange.file.wrongKind', { file: chosen.name }));
        }
        const base64 = await fileToBase64(chosen);
        const targetId = targetFromRoute();
        const found = await call('import:inspect', { kind: forKind, fileName: chosen.name, base64, sheetIndex: sheet, ...(targetId ? { targetId } : {}) });
        if (mine !== ticket.current) return null;
        dispatch({ type: 'inspected', inspection: found });
        return found;
      } catch (error) {
        if (mine !== ticket.current) return null;
        dispatch({ type: 'inspectFailed', error: errorText(error) });
        return null;
      }
    },
    [t],
  );

  const runPreview = useCallback(
    async (token: string, withMapping: Mapping): Promise<boolean> => {
      dispatch({ type: 'previewStarted' });
      try {
        const found = await call('import:preview', {
          token,
          mapping: withMapping,
          defaultOrganizationId: defaultOrganizationId ?? undefined,
        });
        dispatch({ type: 'previewed', preview: found });
        return true;
      } catch (error) {
        dispatch({ type: 'previewFailed' });
        void message.error(errorText(error));
        return false;
      }
    },
    [defaultOrganizationId, message],
  );

  /** Step 1: a file was chosen (or dropped). */
  const pickFile = useCallback(
    async (chosen: File) => {
      dispatch({ type: 'filePicked', file: chosen });
      const found = await inspect(chosen, kind);
      if (found) dispatch({ type: 'mappingFound', mapping: found.mapping });
    },
    [inspect, kind],
  );

  /** From the check step: the same list, corrected in Excel. Keeps the matching when the columns are unchanged. */
  const pickAgain = useCallback(
    async (chosen: File) => {
      const previous = inspection;
      dispatch({ type: 'fileRepicked', file: chosen });
      const found = await inspect(chosen, kind, previous && sheets.length > 1 ? previous.sheetIndex : undefined);
      if (!found) {
        dispatch({ type: 'stepChosen', step: STEP.file });
        return;
      }
      const keep = previous !== null && sameColumns(previous.columns, found.columns);
      const nextMapping = keep ? mapping : found.mapping;
      dispatch({ type: 'mappingFound', mapping: nextMapping });
      if (!keep) {
        void message.info(t('exchange.mapping.columnsChanged'));
        dispatch({ type: 'stepChosen', step: STEP.mapping });
        return;
      }
      dispatch({ type: 'stepChosen', step: STEP.check });
      await runPreview(found.token, nextMapping);
    },
    [inspect, inspection, kind, mapping, message, runPreview, sheets.length, t],
  );

  const changeSheet = useCallback(
    async (index: number) => {
      if (!file) return;
      dispatch({ type: 'sheetChosen', index });
      const found = await inspect(file, kind, index);
      if (found) dispatch({ type: 'mappingFound', mapping: found.mapping });
    },
    [file, inspect, kind],
  );

  const changeKind = useCallback(
    async (next: ImportKind, updateRoute = true) => {
      if (next === kindNow.current) return;
      kindNow.current = next;
      dispatch({ type: 'kindChanged', kind: next });
      if (updateRoute) navigate('import', { kind: next });
      if (file) {
        const found = await inspect(file, next);
        if (found) dispatch({ type: 'mappingFound', mapping: found.mapping });
      }
    },
    [file, inspect],
  );

  // Another screen may send us here with ?kind=… while the page is open.
  useEffect(() => {
    const onHash = () => void changeKind(kindFromRoute(), false);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [changeKind]);

  const setStep = useCallback((step: Step) => dispatch({ type: 'stepChosen', step }), []);
  const setMapping = useCallback((next: Mapping) => dispatch({ type: 'mappingEdited', mapping: next }), []);
  const chooseDefaultUnion = useCallback((id: number | null) => dispatch({ type: 'defaultUnionChosen', id }), []);
  const setOnDuplicate = useCallback((action: DuplicateAction) => dispatch({ type: 'duplicateActionChosen', action }), []);

  /** Step 2 → 3: every required field needs a column; then every row is checked. */
  const toCheck = useCallback(async () => {
    if (!inspection) return;
    const missing = missingRequired(inspection.fields, mapping);
    if (missing.length > 0) {
      dispatch({ type: 'mappingChecked', error: t('exchange.mapping.missingRequired', { fields: missing.join(', ') }) });
      return;
    }
    if (needsUnion(inspection, mapping, defaultOrganizationId)) {
      dispatch({ type: 'mappingChecked', error: t('exchange.mapping.needUnion') });
      return;
    }
    dispatch({ type: 'mappingChecked', error: null });
    if (await runPreview(inspection.token, mapping)) dispatch({ type: 'stepChosen', step: STEP.check });
  }, [defaultOrganizationId, inspection, mapping, runPreview, t]);

  /** Step 3 → 4: one transaction, with a progress bar and a cancel button. */
  const runImport = useCallback(async () => {
    if (!inspection) return;
    try {
      const result = await runJob((jobId) =>
        call('import:run', {
          token: inspection.token,
          mapping,
          defaultOrganizationId: defaultOrganizationId ?? undefined,
          onDuplicate,
          dryRun: false,
          jobId,
        }),
      );
      dispatch({ type: 'finished', outcome: { status: 'done', result } });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CANCELLED') {
        dispatch({ type: 'finished', outcome: { status: 'cancelled' } });
        return;
      }
      void message.error(t('exchange.result.failed', { message: errorText(error) }));
    }
  }, [defaultOrganizationId, inspection, mapping, message, onDuplicate, runJob, t]);

  /** "Nhập tệp khác": back to an empty first step, same kind. */
  const reset = useCallback(() => {
    ticket.current++;
    dispatch({ type: 'reset' });
  }, []);

  return {
    ...state,
    targetId: targetFromRoute(),
    setStep,
    setMapping,
    chooseDefaultUnion,
    setOnDuplicate,
    pickFile,
    pickAgain,
    changeSheet,
    changeKind,
    toCheck,
    runImport,
    reset,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
