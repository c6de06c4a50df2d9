import type { z } from 'zod';
import type { setupStartSchema } from '../../../shared/ipc/contracts/setup';
import type { Settings } from '../../../shared/settings/schema';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { getSettings, isSetupDone, markSetupDone, updateSettings } from '../settings';
import { writeDemoData } from '../seed';
import { captureBaseline, rememberDemoBaseline } from './demoData';

type StartInput = z.output<typeof setupStartSchema>;

/** The first-run choice: an empty office (named, with what documents need) or a demo office. */
export async function startOffice(ctx: BackendContext, input: StartInput): Promise<Settings> {
  if (isSetupDone(ctx.db)) throw new AppError('SETUP_ALREADY_DONE');
  const year = input.year ?? ctx.now().getFullYear();
  if (input.mode === 'demo') {
    const baseline = captureBaseline(ctx.db);
    const job = ctx.startJob(input.jobId);
    try {
      await writeDemoData(ctx, job, { unions: input.unions, members: input.members, year, seed: input.seed });
    } finally {
      job.finish();
    }
    rememberDemoBaseline(ctx.db, baseline, ctx.now().toISOString());
    return getSettings(ctx.db, ctx.now());
  }
  if (!input.officeName) throw new AppError('SETUP_OFFICE_NAME_REQUIRED');
  const officeName = input.officeName;
  ctx.db.transaction(() => {
    updateSettings(ctx, {
      'office.workingYear': year,
      'office.name': officeName,
      ...(input.upperName ? { 'office.upperName': input.upperName } : {}),
      ...(input.placeName ? { 'office.placeName': input.placeName } : {}),
      ...(input.signerName ? { 'office.signerName': input.signerName } : {}),
      ...(input.signerTitle ? { 'office.signerTitle': input.signerTitle } : {}),
    });
    markSetupDone(ctx.db, ctx.now().toISOString());
  })();
  return getSettings(ctx.db, ctx.now());
}
