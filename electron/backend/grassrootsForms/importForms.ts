/**
 * One drop of returned Mẫu 1 files: each read on its own (an unreadable file is refused whole,
 * the others still import), matched to its CĐCS (the hidden sheet, else "Đơn vị báo cáo" folded
 * like the member import, else the user's pick), then all written in one transaction.
 */
import { formProblemMessages, type FormProblemKey } from '../../../shared/grassrootsForms/errors';
import type { FormFileProblem, FormsImportResult } from '../../../shared/grassrootsForms/model';
import { isFormPeriod } from '../../../shared/grassrootsForms/period';
import { formatDateVi } from '../../../shared/domain/format/date';
import { interpolate, type Locale } from '../../../shared/i18n/locale';
import { AppError } from '../core/appError';
import type { Job } from '../core/jobs';
import type { FormCatalogue } from '../../../shared/grassrootsForms/catalogue';
import type { Db } from '../db/connection';
import { readGrids } from '../exchange/workbook/readGrid';
import { loadFormCatalogue } from './catalogue';
import { applyReturn } from './datedValues';
import { isBlocking, readForm, type FormIdentity } from './readForm';
import { saveReturn } from './returnStore';
import { unionByReportingName } from './unionMatch';
import { columns, int, query, scalar, text } from '../db/rows';

export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  db: Db;
  resourcesDir: string;
  locale: Locale;
  actor: string;
  at: string;
  period: string;
  /** The user's picks for files that could not be matched: file name → CĐCS id. */
  assignments?: ReadonlyMap<string, number>;
  /** Between files, so a long drop reports progress and can be cancelled (nothing is written then). */
  job?: Job;
}

interface Matched {
  file: string;
  organizationId: number;
  values: ReadonlyMap<string, number>;
}

/** A period as the file wrote it: dd/mm/yyyy when it is a date, else its own text. */
function dateOrText(iso: string): string {
  try {
    return formatDateVi(iso);
  } catch {
    return iso;
  }
}

function readOne(file: DroppedFile, catalogue: FormCatalogue): ReturnType<typeof readForm> | null {
  try {
    return readForm(readGrids(file.bytes), catalogue);
  } catch {
    return null;
  }
}

function unionByCode(db: Db): (code: string) => number | null {
  const rows = query(db, "SELECT id, coalesce(code, '') AS code FROM organizations WHERE level = 'grassroots' AND code IS NOT NULL", columns({ id: int, code: text })).all();
  const byCode = new Map(rows.map(({ id, code }) => [code.toLowerCase(), id]));
  return (code) => byCode.get(code.toLowerCase()) ?? null;
}

export async function importForms(files: readonly DroppedFile[], options: ImportOptions): Promise<FormsImportResult> {
  if (!isFormPeriod(options.period)) throw new AppError('FORMS_BAD_PERIOD', { period: options.period });
  const catalogue = loadFormCatalogue(options.resourcesDir);
  const byName = unionByReportingName(options.db);
  const byCode = unionByCode(options.db);
  const known = new Set(scalar(options.db, "SELECT id FROM organizations WHERE level = 'grassroots'", int).all());
  const byIdentity = (identity: FormIdentity): number | null =>
    (identity.unionCode !== '' ? byCode(identity.unionCode) : null) ?? (identity.unionId !== null && known.has(identity.unionId) ? identity.unionId : null);
  const result: FormsImportResult = { imported: 0, updated: 0, skipped: 0, errors: [], unmatched: [], changes: [] };
  const say = (file: string, row: number, column: string, key: FormProblemKey, params: Record<string, string> = {}): FormFileProblem => ({
    file, row, column, message: interpolate(formProblemMessages[options.locale][key], params),
  });
  const matched: Matched[] = [];
  for (const [index, file] of files.entries()) {
    options.job?.progress('forms', index, files.length);
    if (index % 10 === 9) await options.job?.checkpoint();
    const read = readOne(file, catalogue);
    if (read === null) {
      result.skipped++;
      result.errors.push(say(file.name, 0, '', 'unreadable'));
      continue;
    }
    const form = read;
    for (const problem of form.problems) result.errors.push(say(file.name, problem.row, problem.column, problem.kind, problem.params));
    if (form.problems.some(isBlocking)) {
      result.skipped++;
      continue;
    }
    if (form.identity && form.identity.period !== options.period) {
      result.skipped++;
      result.errors.push(say(file.name, 0, '', 'otherPeriod', { found: dateOrText(form.identity.period), period: formatDateVi(options.period) }));
      continue;
    }
    const picked = options.assignments?.get(file.name);
    const organizationId =
      (picked !== undefined && known.has(picked) ? picked : null) ??
      (form.identity ? byIdentity(form.identity) : null) ??
      (form.reportingUnit ? byName(form.reportingUnit) : null);
    if (organizationId === null) {
      result.skipped++;
      result.unmatched.push({ file: file.name, reportingUnit: form.reportingUnit });
      result.errors.push(say(file.name, 0, '', 'unmatched', { unit: form.reportingUnit ?? '' }));
      continue;
    }
    matched.push({ file: file.name, organizationId, values: form.values });
  }
  options.db.transaction(() => {
    for (const form of matched) {
      const saved = saveReturn(options.db, options.actor, options.at, {
        organizationId: form.organizationId,
        period: options.period,
        source: 'file',
        fileName: form.file,
        catalogueVersion: catalogue.version,
        values: form.values,
      });
      result.changes.push(...applyReturn(options.db, saved.id, form.organizationId, options.period, form.values));
      if (saved.replaced) result.updated++;
      else result.imported++;
    }
  })();
  options.job?.progress('forms', files.length, files.length);
  return result;
}
