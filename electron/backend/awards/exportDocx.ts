import { decisionText, isUpperRecord } from '../../../shared/awards/decisionText';
import { awardLabels } from '../../../shared/awards/labels';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { renderWordTemplate } from '../documents/wordTemplates';
import { exportTarget } from '../files/exportPath';
import { writeFileAtomic } from '../paths/dataDir';
import { getDecision } from './decisionQueries';
import { decisionFileBase, officeTexts } from './officeTexts';

/** The decision and its attached list as an editable Word document, from the decision template in use. */
export function exportDecisionDocx(ctx: BackendContext, id: number, target: string | undefined): { file: string } {
  const detail = getDecision(ctx.db, id);
  if (isUpperRecord(detail)) {
    throw new AppError('AWARD_RECORD_NOT_PRINTED', { number: detail.number, issuer: detail.issuerName || awardLabels[ctx.locale].issuer[detail.issuerLevel] });
  }
  const text = decisionText(detail, officeTexts(ctx));
  // "Điều 1." in bold, the rest of the article plain.
  const articles = text.articles.map((a) => ({ head: a.slice(0, a.indexOf('.') + 1), body: a.slice(a.indexOf('.') + 1) }));
  const zip = renderWordTemplate(ctx, 'decision', { ...text, number: detail.number, recipientLines: text.recipientsTo, articles });
  const file = exportTarget(ctx, target, decisionFileBase(detail.number), 'docx');
  writeFileAtomic(file, zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { file };
}
