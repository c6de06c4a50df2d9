import type { grassrootsFormsContract } from '../../../shared/ipc/contracts/grassrootsForms';
import { isFormPeriod, previousFormPeriod } from '../../../shared/grassrootsForms/period';
import { AppError } from '../core/appError';
import { isoTimestamp } from '../core/context';
import type { DomainHandlers } from '../core/handler';
import { chosenTarget, exportTarget } from '../files';
import { loadFormCatalogue } from './catalogue';
import { recordChangesOf } from './datedValues';
import { exportReturnsXlsx, exportRollupXlsx } from './exportXlsx';
import { importForms } from './importForms';
import { makeForms } from './makeForms';
import { currentValues, returnHistory } from './returnStore';
import { rollUpFigures } from './rollup';
import { formStatus } from './status';
import { saveTypedForm } from './typedForm';

function checkPeriod(period: string): void {
  if (!isFormPeriod(period)) throw new AppError('FORMS_BAD_PERIOD', { period });
}

export const grassrootsFormsHandlers: DomainHandlers<keyof typeof grassrootsFormsContract> = {
  'forms:catalogue': (ctx) => loadFormCatalogue(ctx.resourcesDir),
  'forms:make': (ctx, { period, unions, target }) =>
    makeForms({ db: ctx.db, resourcesDir: ctx.resourcesDir, period, unions, out: target ? chosenTarget(ctx, target) : exportTarget(ctx, undefined, `mau-1-${period}`, 'zip') }),
  'forms:import': async (ctx, { period, files, assignments, jobId }) => {
    const job = ctx.startJob(jobId);
    try {
      return await importForms(
        files.map((file) => ({ name: file.name, bytes: new Uint8Array(Buffer.from(file.base64, 'base64')) })),
        {
          db: ctx.db,
          resourcesDir: ctx.resourcesDir,
          locale: ctx.locale,
          actor: ctx.actor,
          at: isoTimestamp(ctx.now()),
          period,
          assignments: new Map((assignments ?? []).map((a) => [a.file, a.organizationId])),
          job,
        },
      );
    } finally {
      job.finish();
    }
  },
  'forms:saveTyped': (ctx, { period, organizationId, values }) => saveTypedForm(ctx, period, organizationId, values),
  'forms:status': (ctx, { period, deadline }) => formStatus(ctx.db, period, { deadline, today: isoTimestamp(ctx.now()).slice(0, 10) }),
  'forms:unionFigures': (ctx, { period, organizationId }) => {
    checkPeriod(period);
    const before = previousFormPeriod(period);
    return {
      period,
      previousPeriod: before,
      current: Object.fromEntries(currentValues(ctx.db, period).get(organizationId) ?? []),
      previous: Object.fromEntries(currentValues(ctx.db, before).get(organizationId) ?? []),
      history: returnHistory(ctx.db, organizationId, period),
      recordChanges: recordChangesOf(ctx.db, organizationId, period),
    };
  },
  'forms:rollup': (ctx, { period }) => rollUpFigures(ctx.db, loadFormCatalogue(ctx.resourcesDir), period),
  'forms:exportRollup': async (ctx, { period, target }) => {
    const catalogue = loadFormCatalogue(ctx.resourcesDir);
    const figures = rollUpFigures(ctx.db, catalogue, period);
    const file = exportTarget(ctx, target, `mau-2-${period}`, 'xlsx');
    await exportRollupXlsx(ctx.db, catalogue, period, figures, file);
    return { file };
  },
  'forms:exportReturns': async (ctx, { period, target }) => {
    checkPeriod(period);
    const file = exportTarget(ctx, target, `mau-1-da-nhan-${period}`, 'xlsx');
    return { file, rows: await exportReturnsXlsx(ctx.db, loadFormCatalogue(ctx.resourcesDir), period, file) };
  },
};

