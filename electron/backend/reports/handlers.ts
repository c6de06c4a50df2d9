import type { reportsContract } from '../../../shared/ipc/contracts/reports';
import type { DomainHandlers } from '../core/handler';
import { finalizeReport, reportDocument, reportStats } from './document';
import { exportReport } from './exportReport';
import { replaceWordTemplate, restoreWordTemplate, wordTemplateStatus } from '../documents/wordTemplates';
import { setFiguresFrom } from './figureSource';
import { createReport, getReportState, requireReport, saveHeader, saveSections, setFigure } from './service';

export const reportsHandlers: DomainHandlers<keyof typeof reportsContract> = {
  'reports:stats': (ctx, { year }) => reportStats(ctx, year),
  'reports:get': (ctx, { year }) => getReportState(ctx, year),
  'reports:create': (ctx, { year, from }) => createReport(ctx, year, from),
  'reports:saveHeader': (ctx, { year, header }) => saveHeader(ctx, year, header),
  'reports:saveSections': (ctx, { year, sections }) => saveSections(ctx, year, sections),
  'reports:setFigure': (ctx, input) => setFigure(ctx, input),
  'reports:figuresFrom': (ctx, { year, from }) => {
    setFiguresFrom(ctx, requireReport(ctx, year), from);
    return getReportState(ctx, year);
  },
  'reports:finalize': (ctx, { year, allowUnwritten }) => finalizeReport(ctx, year, allowUnwritten),
  'reports:document': (ctx, { year, version }) => reportDocument(ctx, year, version),
  'reports:export': async (ctx, { year, version, format, target, jobId }) => {
    const job = ctx.startJob(jobId);
    try {
      return await exportReport(ctx, { year, version, format, target });
    } finally {
      job.finish();
    }
  },
  'reports:templateStatus': (ctx) => wordTemplateStatus(ctx, 'report'),
  'reports:templateReplace': (ctx, { fileName, base64 }) => replaceWordTemplate(ctx, 'report', fileName, base64),
  'reports:templateRestore': (ctx) => restoreWordTemplate(ctx, 'report'),
};
