import type { z } from 'zod';
import type { setupStartSchema } from '../../../shared/ipc/contracts/setup';
import type { Settings } from '../../../shared/settings/schema';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { getSettings, isSetupDone, markSetupDone, updateSettings } from '../settings/service';
import { writeDemoData } from '../seed/writeDemo';

type StartInput = z.output<typeof setupStartSchema>;

/** The first-run choice: an empty office (the user fills in settings) or a demo office. */
export async function startOffice(ctx: BackendContext, input: StartInput): Promise<Settings> {
  if (isSetupDone(ctx.db)) throw new AppError('SETUP_ALREADY_DONE');
  const year = input.year ?? ctx.now().getFullYear();
  if (input.mode === 'demo') {
    const job = ctx.startJob(input.jobId);
    try {
      await writeDemoData(ctx, job, { unions: input.unions, members: input.members, year, seed: input.seed });
    } finally {
      job.finish();
    }
    return getSettings(ctx.db, ctx.now());
  }
  ctx.db.transaction(() => {
    updateSettings(ctx, {
      'office.workingYear': year,
      ...(input.officeName ? { 'office.name': input.officeName } : {}),
    });
    markSetupDone(ctx.db, ctx.now().toISOString());
  })();
  return getSettings(ctx.db, ctx.now());
}
