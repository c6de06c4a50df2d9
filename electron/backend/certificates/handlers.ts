import type { certificatesContract } from '../../../shared/ipc/contracts/certificates';
import type { DomainHandlers } from '../core/handler';
import { exportTarget } from '../files';
import { getBackground, setBackground } from './background';
import { deleteCalibration, listCalibrations, saveCalibration } from './calibrations';
import { decisionByNumber, listDecisionAwards, listDecisions } from './decisions';
import { previewLayout } from './layoutPreview';
import { calibrationSheetPdf } from './pdf/calibrationSheet';
import { writeFileAtomic } from '../paths/dataDir';
import { printCertificates } from './printService';
import { recordPrints, resolveOffset, resolvePrint } from './printRecords';
import { certificateSheets } from './sheets';
import { deleteTemplate, getTemplate, listTemplates, saveTemplate } from './templates';

export const certificatesHandlers: DomainHandlers<keyof typeof certificatesContract> = {
  'certificates:templates': (ctx) => listTemplates(ctx),
  'certificates:saveTemplate': (ctx, { id, draft }) => saveTemplate(ctx, id, draft),
  'certificates:deleteTemplate': (ctx, { id }) => deleteTemplate(ctx, id),
  'certificates:background': (ctx, { id }) => getBackground(ctx, id),
  'certificates:setBackground': (ctx, { id, base64 }) => setBackground(ctx, id, base64),
  'certificates:calibrations': (ctx) => listCalibrations(ctx),
  'certificates:saveCalibration': (ctx, { id, draft }) => saveCalibration(ctx, id, draft),
  'certificates:deleteCalibration': (ctx, { id }) => deleteCalibration(ctx, id),
  'certificates:decisions': (ctx, { year }) => listDecisions(ctx, year),
  'certificates:findDecision': (ctx, { number }) => decisionByNumber(ctx, number),
  'certificates:awards': (ctx, { decisionId }) => listDecisionAwards(ctx, decisionId),
  'certificates:layout': (ctx, { draft, decisionId, awardId, offset }) => previewLayout(ctx, draft, resolveOffset(ctx, offset), decisionId, awardId),
  'certificates:print': async (ctx, input) => {
    const job = ctx.startJob(input.jobId);
    try {
      return await printCertificates(ctx, job, input);
    } finally {
      job.finish();
    }
  },
  'certificates:sheets': (ctx, input) => certificateSheets(ctx, input),
  'certificates:recordPrinted': (ctx, input) => {
    const print = resolvePrint(ctx, input);
    return { printedAt: recordPrints(ctx, print, input.reprint, null), awards: print.items.length };
  },
  'certificates:calibrationSheet': async (ctx, { templateId, offset, target }) => {
    const template = getTemplate(ctx, templateId);
    const bytes = await calibrationSheetPdf(ctx.resourcesDir, template.widthMm, template.heightMm, resolveOffset(ctx, offset));
    const file = exportTarget(ctx, target, 'hieu-chinh-may-in', 'pdf');
    writeFileAtomic(file, bytes);
    return { file, widthMm: template.widthMm, heightMm: template.heightMm };
  },
};
