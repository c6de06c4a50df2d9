/**
 * Makes the pre-filled Mẫu 1 of a period for every CĐCS we manage at the cut-off (or the chosen
 * ones), into a folder or one .zip.
 */
import fs from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import type { FormsMade } from '../../../shared/grassrootsForms/model';
import { formStatisticsPeriod, isFormPeriod, previousFormPeriod } from '../../../shared/grassrootsForms/period';
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import { AppError } from '../core/appError';
import type { Db } from '../db/connection';
import { workbookBytes } from '../exchange/export/xlsxSheet';
import { writeFileAtomic } from '../paths/dataDir';
import { readSetting } from '../settings/repository';
import { FigureSession } from '../statistics/figureSession';
import { loadFormCatalogue } from './catalogue';
import { buildFormWorkbook } from './formWorkbook';
import { currentValues } from './returnStore';
import { expectedUnions, OFFICE_RECORD_CODES } from './rollup';
import { columns, int, query, realOrNull, text } from '../db/rows';

export interface MakeOptions {
  db: Db;
  resourcesDir: string;
  period: string;
  /** A folder, or a file ending in .zip. */
  out: string;
  /** CĐCS codes or ids to make forms for; all of ours at the cut-off when empty. */
  unions?: readonly (string | number)[];
}

function fileName(union: { id: number; code: string; name: string }): string {
  const slug = foldVietnamese(union.name).replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 60);
  return `Mau1-${union.code || union.id}-${slug}.xlsx`;
}

export async function makeForms(options: MakeOptions): Promise<FormsMade> {
  const { db, period } = options;
  if (!isFormPeriod(period)) throw new AppError('FORMS_BAD_PERIOD', { period });
  const catalogue = loadFormCatalogue(options.resourcesDir);
  const ids = new Set(expectedUnions(db, period).map((union) => union.id));
  let unions = (query(db, "SELECT id, coalesce(code, '') AS code, name, workers_total AS workersTotal, workers_female AS workersFemale FROM organizations WHERE level = 'grassroots' ORDER BY name_fold, id", columns({ id: int, code: text, name: text, workersTotal: realOrNull, workersFemale: realOrNull })).all()).filter((union) => ids.has(union.id));
  if (options.unions && options.unions.length > 0) {
    const wanted = options.unions.map(String);
    for (const key of wanted) if (!unions.some((u) => u.code === key || String(u.id) === key)) throw new AppError('FORMS_UNION_NOT_FOUND', { union: key });
    unions = unions.filter((u) => wanted.includes(u.code) || wanted.includes(String(u.id)));
  }
  if (unions.length === 0) throw new AppError('FORMS_NONE_TO_MAKE', { period });
  const upperName = String(readSetting(db, 'office.name') ?? '');
  const session = new FigureSession(db);
  const before = previousFormPeriod(period);
  const previousForms = currentValues(db, before);
  const zip = options.out.toLowerCase().endsWith('.zip') ? new PizZip() : null;
  const files: string[] = [];
  for (const union of unions) {
    const now = session.scopedValues(formStatisticsPeriod(period), new Set([union.id])).values;
    const then = session.scopedValues(formStatisticsPeriod(before), new Set([union.id])).values;
    const known = new Map<string, number>();
    const previous = new Map(previousForms.get(union.id) ?? []);
    for (const code of OFFICE_RECORD_CODES) {
      const value = now.get(code);
      if (value != null) known.set(code, value);
      const last = then.get(code);
      if (last != null && !previous.has(code)) previous.set(code, last);
    }
    if (union.workersTotal !== null) known.set('workers.total', union.workersTotal);
    if (union.workersFemale !== null) known.set('workers.female', union.workersFemale);
    const workbook = buildFormWorkbook({ catalogue, period, upperName, union, known, previous });
    const bytes = await workbookBytes(workbook);
    const name = fileName(union);
    if (zip) zip.file(name, bytes);
    else writeFileAtomic(path.join(options.out, name), bytes);
    files.push(name);
  }
  if (zip) {
    fs.mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
    writeFileAtomic(path.resolve(options.out), zip.generate({ type: 'uint8array', compression: 'DEFLATE' }));
  }
  return { files, folder: zip ? path.dirname(path.resolve(options.out)) : path.resolve(options.out), zip: zip ? path.resolve(options.out) : null };
}
