import { useCallback, useEffect, useRef, useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS, type DuplicateAction, type ImportInspection, type ImportKind, type ImportPreview, type ImportResult } from '@shared/exchange/import';
import { formatNumber } from '@shared/domain/format/number';
import { ApiError, call } from '../../api/client';
import { navigate, routeParams } from '../../app/routes';
import { fileToBase64 } from '../../api/fileBase64';
import { isExcelName, MAX_FILE_BYTES } from './fileBytes';
import { missingRequired, needsUnion, sameColumns, type Mapping } from './mapping';
import { errorText, ShownError } from '../../api/errorText';

export const STEP = { file: 0, mapping: 1, check: 2, run: 3 } as const;
export type Step = (typeof STEP)[keyof typeof STEP];

export type Outcome = { status: 'done'; result: ImportResult } | { status: 'cancelled' };

type RunJob = <T>(work: (jobId: string) => Promise<T>) => Promise<T>;

const kindFromRoute = (): ImportKind => {
  const kind = routeParams().get('kind') ?? '';
  return (IMPORT_KINDS as readonly string[]).includes(kind) ? (kind as ImportKind) : 'members';
};
/** A campaign list's campaign (criteria: score sheet), from #/import?kind=works&target=ID. */
const targetFromRoute = (): number | undefined => Number(routeParams().get('target')) || undefined;

/** The state and the moves of the import wizard: pick → match columns → check → import. */
export function useImportWizard(runJob: RunJob) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [kind, setKind] = useState<ImportKind>(kindFromRoute);
  const [step, setStep] = useState<Step>(STEP.file);
  const [file, setFile] = useState<File | null>(null);
  const [sheets, setSheets] = useState<ImportInspection['sheets']>([]);
  const [sheetIndex, setSheetIndex] = useState<number | null>(null);
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'inspect' | 'preview' | null>(null);
  const [mapping, setMappingState] = useState<Mapping>({});
  const [mappingError, setMappingError] = useState<string | null>(null);
  const [defaultOrganizationId, setDefaultOrganizationId] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [onDuplicate, setOnDuplicate] = useState<DuplicateAction>('skip');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  /** Only the latest file read counts: a slow answer for an earlier pick is dropped. */
  const ticket = useRef(0);
  /** The kind right now, for the hash listener (state may not have re-rendered yet). */
  const kindNow = useRef(kind);

  const clearAfterFile = () => {
    setPreview(null);
    setOutcome(null);
    setMappingError(null);
  };

  const inspect = useCallback(
    async (chosen: File, forKind: ImportKind, sheet?: number): Promise<ImportInspection | null> => {
      const mine = ++ticket.current;
      setBusy('inspect');
      setFileError(null);
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
        setInspection(found);
        setSheets(found.sheets);
        setSheetIndex(found.sheetIndex);
        return found;
      } catch (error) {
        if (mine !== ticket.current) return null;
        setInspection(null);
        setFileError(errorText(error));
        return null;
      } finally {
        if (mine === ticket.current) setBusy(null);
      }
    },
    [t],
  );

  const runPreview = useCallback(
    async (token: string, withMapping: Mapping): Promise<boolean> => {
      setBusy('preview');
      try {
        const found = await call('import:preview', {
          token,
          mapping: withMapping,
          defaultOrganizationId: defaultOrganizationId ?? undefined,
        });
        setPreview(found);
        return true;
      } catch (error) {
        void message.error(errorText(error));
        return false;
      } finally {
        setBusy(null);
      }
    },
    [defaultOrganizationId, message],
  );

  /** Step 1: a file was chosen (or dropped). */
  const pickFile = useCallback(
    async (chosen: File) => {
      setFile(chosen);
      setSheets([]);
      setSheetIndex(null);
      clearAfterFile();
      const found = await inspect(chosen, kind);
      if (found) setMappingState(found.mapping);
    },
    [inspect, kind],
  );

  /** From the check step: the same list, corrected in Excel. Keeps the matching when the columns are unchanged. */
  const pickAgain = useCallback(
    async (chosen: File) => {
      const previous = inspection;
      setFile(chosen);
      clearAfterFile();
      const found = await inspect(chosen, kind, previous && sheets.length > 1 ? previous.sheetIndex : undefined);
      if (!found) {
        setStep(STEP.file);
        return;
      }
      const keep = previous !== null && sameColumns(previous.columns, found.columns);
      const nextMapping = keep ? mapping : found.mapping;
      setMappingState(nextMapping);
      if (!keep) {
        void message.info(t('exchange.mapping.columnsChanged'));
        setStep(STEP.mapping);
        return;
      }
      setStep(STEP.check);
      await runPreview(found.token, nextMapping);
    },
    [inspect, inspection, kind, mapping, message, runPreview, sheets.length, t],
  );

  const changeSheet = useCallback(
    async (index: number) => {
      if (!file) return;
      setSheetIndex(index);
      clearAfterFile();
      const found = await inspect(file, kind, index);
      if (found) setMappingState(found.mapping);
    },
    [file, inspect, kind],
  );

  const changeKind = useCallback(
    async (next: ImportKind, updateRoute = true) => {
      if (next === kindNow.current) return;
      kindNow.current = next;
      setKind(next);
      if (updateRoute) navigate('import', { kind: next });
      setStep(STEP.file);
      setDefaultOrganizationId(null);
      setOnDuplicate('skip');
      clearAfterFile();
      if (file) {
        const found = await inspect(file, next);
        if (found) setMappingState(found.mapping);
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

  const setMapping = useCallback((next: Mapping) => {
    setMappingState(next);
    setMappingError(null);
  }, []);

  const chooseDefaultUnion = useCallback((id: number | null) => {
    setDefaultOrganizationId(id);
    setMappingError(null);
  }, []);

  /** Step 2 → 3: every required field needs a column; then every row is checked. */
  const toCheck = useCallback(async () => {
    if (!inspection) return;
    const missing = missingRequired(inspection.fields, mapping);
    if (missing.length > 0) {
      setMappingError(t('exchange.mapping.missingRequired', { fields: missing.join(', ') }));
      return;
    }
    if (needsUnion(inspection, mapping, defaultOrganizationId)) {
      setMappingError(t('exchange.mapping.needUnion'));
      return;
    }
    setMappingError(null);
    if (await runPreview(inspection.token, mapping)) setStep(STEP.check);
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
      setOutcome({ status: 'done', result });
      setStep(STEP.run);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CANCELLED') {
        setOutcome({ status: 'cancelled' });
        setStep(STEP.run);
        return;
      }
      void message.error(t('exchange.result.failed', { message: errorText(error) }));
    }
  }, [defaultOrganizationId, inspection, mapping, message, onDuplicate, runJob, t]);

  /** "Nhập tệp khác": back to an empty first step, same kind. */
  const reset = useCallback(() => {
    ticket.current++;
    setStep(STEP.file);
    setFile(null);
    setSheets([]);
    setSheetIndex(null);
    setInspection(null);
    setFileError(null);
    setBusy(null);
    setMappingState({});
    setDefaultOrganizationId(null);
    setOnDuplicate('skip');
    clearAfterFile();
  }, []);

  return {
    kind,
    targetId: targetFromRoute(),
    step,
    setStep,
    file,
    sheets,
    sheetIndex,
    inspection,
    fileError,
    busy,
    mapping,
    setMapping,
    mappingError,
    defaultOrganizationId,
    chooseDefaultUnion,
    preview,
    onDuplicate,
    setOnDuplicate,
    outcome,
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
