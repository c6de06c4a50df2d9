import type { exchangeContract } from '../../../shared/ipc/contracts/exchange';
import type { DomainHandlers } from '../core/handler';
import { exportTarget } from '../files';
import { exportMembersXlsx } from './export/membersXlsx';
import { inspectImport } from './import/inspect';
import { previewImport } from './import/preview';
import { runImport, writeRejected } from './import/run';
import { getSession } from './import/session';
import { writeBlankTemplate } from './templates/blankTemplate';

export const exchangeHandlers: DomainHandlers<keyof typeof exchangeContract> = {
  'import:inspect': (ctx, { kind, fileName, base64, sheetIndex, targetId }) =>
    inspectImport(ctx, kind, fileName, new Uint8Array(Buffer.from(base64, 'base64')), sheetIndex, targetId),
  'import:preview': (ctx, { token, mapping, defaultOrganizationId }) => previewImport(ctx, token, mapping, defaultOrganizationId),
  'import:run': (ctx, input) => runImport(ctx, input),
  'import:rejected': async (ctx, { token, target }) => ({ file: await writeRejected(ctx, getSession(token), target) }),
  'import:template': async (ctx, { kind, target }) => ({ file: await writeBlankTemplate(ctx, kind, target) }),
  'export:members': async (ctx, { filter, personalData, target, jobId }) => {
    const job = ctx.startJob(jobId);
    try {
      return await exportMembersXlsx(ctx, job, filter, exportTarget(ctx, target, 'doan-vien', 'xlsx'), { personalData });
    } finally {
      job.finish();
    }
  },
};
