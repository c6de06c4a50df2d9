/**
 * Mẫu 2 of the office: every catalogue figure over our CĐCS at the cut-off. Members come from the
 * office's own records (the statistics engine); workers from each CĐCS's form where it reported
 * them, else the office's record of that CĐCS; the rest are summed over the returned forms, or,
 * where no CĐCS reported a figure, taken from the office's own records of it (the statistics engine).
 * A ratio is recomputed from its summed parts (never averaged); an average is weighted by its count.
 */
import { catalogueFigures, SECTOR_INFIX, type FormCatalogue, type FormFigure } from '../../../shared/grassrootsForms/catalogue';
import type { RolledUpFigure, RollupSource } from '../../../shared/grassrootsForms/model';
import { formStatisticsPeriod, isFormPeriod } from '../../../shared/grassrootsForms/period';
import { AppError } from '../core/appError';
import type { Db } from '../db/connection';
import { ownOfficeId } from '../organizations';
import { FigureSession, unionsAtCutoff, type UnionAtCutoff } from '../statistics';
import { currentValues } from './returnStore';
import { sectorsOn } from './sectors';

/** Figures the office's member records give (the statistics engine's codes). */
export const OFFICE_RECORD_CODES = new Set(['members.total', 'members.female', 'members.admitted']);
/** Figures a CĐCS record holds, which its returned form overrides. */
const UNION_RECORD: Record<string, (union: UnionAtCutoff) => number | null> = {
  'workers.total': (union) => union.workersTotal,
  'workers.female': (union) => union.workersFemale,
};

export function expectedUnions(db: Db, period: string): UnionAtCutoff[] {
  return unionsAtCutoff({ db, period: formStatisticsPeriod(period), officeId: ownOfficeId(db), scope: null });
}

interface Rolled {
  value: number | null;
  source: RollupSource;
  returned: number;
}

function sumOver(forms: Map<string, number>[], code: string): Rolled {
  let value = 0;
  let returned = 0;
  for (const values of forms) {
    const v = values.get(code);
    if (v === undefined) continue;
    value += v;
    returned++;
  }
  return { value: returned > 0 ? value : null, source: returned > 0 ? 'forms' : 'none', returned };
}

function weightedAverage(forms: Map<string, number>[], code: string, countCode: string): Rolled {
  let weighted = 0;
  let count = 0;
  let returned = 0;
  for (const values of forms) {
    const average = values.get(code);
    const n = values.get(countCode);
    if (average === undefined || n === undefined || n === 0) continue;
    weighted += average * n;
    count += n;
    returned++;
  }
  return { value: count > 0 ? Math.round(weighted / count) : null, source: returned > 0 ? 'forms' : 'none', returned };
}

function recordOrForm(unions: UnionAtCutoff[], byUnion: Map<number, Map<string, number>>, code: string, record: (u: UnionAtCutoff) => number | null): Rolled {
  let value = 0;
  let fromForms = 0;
  let fromRecords = 0;
  for (const union of unions) {
    const reported = byUnion.get(union.id)?.get(code);
    const v = reported ?? record(union);
    if (v === null) continue;
    value += v;
    if (reported !== undefined) fromForms++;
    else fromRecords++;
  }
  const source: RollupSource = fromForms === 0 ? (fromRecords === 0 ? 'none' : 'office') : fromRecords === 0 ? 'forms' : 'mixed';
  return { value: source === 'none' ? null : value, source, returned: fromForms };
}

/** The office's Mẫu 2 for a period (the cut-off, 31/5 or 30/11), in the catalogue's order. */
export function rollUpFigures(db: Db, catalogue: FormCatalogue, period: string): RolledUpFigure[] {
  if (!isFormPeriod(period)) throw new AppError('FORMS_BAD_PERIOD', { period });
  const unions = expectedUnions(db, period);
  const ours = new Set(unions.map((union) => union.id));
  const byUnion = currentValues(db, period);
  const forms = [...byUnion].filter(([org]) => ours.has(org)).map(([, values]) => values);
  const office = new FigureSession(db).officeValues(formStatisticsPeriod(period)).values;
  const figures = catalogueFigures(catalogue);
  const rolled = new Map<string, Rolled>();
  const rollOne = (figure: FormFigure): Rolled => {
    if (OFFICE_RECORD_CODES.has(figure.code)) return { value: office.get(figure.code) ?? null, source: 'office', returned: 0 };
    const record = UNION_RECORD[figure.code];
    if (record) return recordOrForm(unions, byUnion, figure.code, record);
    const fromForms = figure.rollup === 'weightedAverage' ? weightedAverage(forms, figure.code, figure.count) : sumOver(forms, figure.code);
    // No CĐCS reported it: the office's own records of it, where it keeps any (initiatives, care …).
    const recorded = office.get(figure.code);
    return fromForms.returned === 0 && recorded != null ? { value: recorded, source: 'office', returned: 0 } : fromForms;
  };
  for (const figure of figures) if (figure.rollup !== 'ratio') rolled.set(figure.code, rollOne(figure));
  for (const figure of figures) {
    if (figure.rollup !== 'ratio') continue;
    const part = rolled.get(figure.numerator);
    const whole = rolled.get(figure.denominator);
    const value = part?.value != null && whole?.value ? Math.round((part.value / whole.value) * figure.scale * 10) / 10 : null;
    const sources = new Set([part?.source, whole?.source]);
    rolled.set(figure.code, { value, source: value === null ? 'none' : sources.size === 1 ? (part?.source ?? 'none') : 'mixed', returned: Math.max(part?.returned ?? 0, whole?.returned ?? 0) });
  }
  const result = figures.map((figure): RolledUpFigure => {
    const r = rolled.get(figure.code) ?? { value: null, source: 'none', returned: 0 };
    return {
      code: figure.code,
      section: figure.section,
      tt: figure.tt ?? '',
      label: figure.label,
      unit: figure.unit,
      value: r.value,
      source: r.source,
      formsReturned: r.returned,
      formsExpected: unions.length,
    };
  });
  return result.flatMap((figure) => [figure, ...bySector(db, period, figures.find((f) => f.code === figure.code), unions, byUnion)]);
}


/** Mẫu 2 gives the average wage also by sector (the office's dated list of khối), each weighted by its own count. */
function bySector(db: Db, period: string, figure: (FormFigure & { section: string }) | undefined, unions: UnionAtCutoff[], byUnion: Map<number, Map<string, number>>): RolledUpFigure[] {
  if (figure?.rollup !== 'weightedAverage') return [];
  const countCode = figure.count;
  return sectorsOn(db, period).map((sector) => {
    const members = unions.filter((union) => union.sector === sector.code);
    const forms = members.flatMap((union) => byUnion.get(union.id) ?? []);
    const r = weightedAverage(forms, figure.code, countCode);
    return {
      code: `${figure.code}${SECTOR_INFIX}${sector.code}`,
      section: figure.section,
      tt: '',
      label: `- ${sector.label}`,
      unit: figure.unit,
      value: r.value,
      source: r.source,
      formsReturned: r.returned,
      formsExpected: members.length,
    };
  });
}
