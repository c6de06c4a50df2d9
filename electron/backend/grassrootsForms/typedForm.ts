/** A Mẫu 1 that came back on paper, typed into the grid: saved like a returned file (it replaces the current one). */
import { catalogueFigures, isInputFigure } from '../../../shared/grassrootsForms/catalogue';
import { isFormPeriod } from '../../../shared/grassrootsForms/period';
import { AppError } from '../core/appError';
import { isoTimestamp, type BackendContext } from '../core/context';
import { loadFormCatalogue } from './catalogue';
import { applyReturn } from './datedValues';
import { saveReturn } from './returnStore';
import { expectedUnions } from './rollup';

export function saveTypedForm(ctx: BackendContext, period: string, organizationId: number, typed: Record<string, number | null>): { id: number; replaced: boolean } {
  if (!isFormPeriod(period)) throw new AppError('FORMS_BAD_PERIOD', { period });
  if (!expectedUnions(ctx.db, period).some((union) => union.id === organizationId)) throw new AppError('FORMS_UNION_NOT_FOUND', { union: String(organizationId) });
  const catalogue = loadFormCatalogue(ctx.resourcesDir);
  const inputs = new Set(catalogueFigures(catalogue).filter(isInputFigure).map((figure) => figure.code));
  const values = new Map<string, number>();
  for (const [code, value] of Object.entries(typed)) if (inputs.has(code) && value !== null) values.set(code, value);
  return ctx.db.transaction(() => {
    const saved = saveReturn(ctx.db, ctx.actor, isoTimestamp(ctx.now()), { organizationId, period, source: 'typed', fileName: '', catalogueVersion: catalogue.version, values });
    applyReturn(ctx.db, saved.id, organizationId, period, values);
    return saved;
  })();
}
