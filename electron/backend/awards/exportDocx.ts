import fs from 'node:fs';
import path from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { decisionText, isUpperRecord } from '../../../shared/awards/decisionText';
import { awardLabels } from '../../../shared/awards/labels';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { exportTarget } from '../files';
import { writeFileAtomic } from '../paths/dataDir';
import { getDecision } from './decisionQueries';
import { decisionFileBase, officeTexts } from './officeTexts';

export const DECISION_TEMPLATE = path.join('templates', 'decision.docx');

/** The decision and its attached list as an editable Word document, from resources/templates/decision.docx. */
export function exportDecisionDocx(ctx: BackendContext, id: number, target: string | undefined): { file: string } {
  const detail = getDecision(ctx.db, id);
  if (isUpperRecord(detail)) {
    throw new AppError('AWARD_RECORD_NOT_PRINTED', { number: detail.number, issuer: detail.issuerName || awardLabels[ctx.locale].issuer[detail.issuerLevel] });
  }
  const templateFile = path.join(ctx.resourcesDir, DECISION_TEMPLATE);
  if (!fs.existsSync(templateFile)) throw new AppError('FILE_NOT_FOUND', { file: templateFile });
  const doc = new Docxtemplater(new PizZip(fs.readFileSync(templateFile)), { paragraphLoop: true, linebreaks: true, nullGetter: () => '' });
  const text = decisionText(detail, officeTexts(ctx));
  // "Điều 1." in bold, the rest of the article plain.
  const articles = text.articles.map((a) => ({ head: a.slice(0, a.indexOf('.') + 1), body: a.slice(a.indexOf('.') + 1) }));
  doc.render({ ...text, articles });
  const file = exportTarget(ctx, target, decisionFileBase(detail.number), 'docx');
  writeFileAtomic(file, doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { file };
}
