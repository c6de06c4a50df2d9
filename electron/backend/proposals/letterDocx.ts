import fs from 'node:fs';
import path from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { BackendContext } from '../core/context';
import { AppError } from '../core/appError';
import { getSettings } from '../settings';
import { writeFileAtomic } from '../paths/dataDir';
import { proposalListRows } from '../../../shared/proposals/listRows';
import { letterTexts } from '../../../shared/proposals/letterText';
import { sentCopy } from './sends';
import { getProposal } from './service';
import { officeFingerprint, withFingerprintParagraph } from '../upward';

export const LETTER_TEMPLATE = 'proposal-letter.docx';

/** The user's own edited copy in the data folder's templates/, else the bundled default. */
export function letterTemplatePath(ctx: BackendContext): string {
  const own = path.join(ctx.dataDir, 'templates', LETTER_TEMPLATE);
  return fs.existsSync(own) ? own : path.join(ctx.resourcesDir, 'templates', LETTER_TEMPLATE);
}

/** Tờ trình (NĐ 30) with the list attached, as an editable Word document. */
export function writeProposalLetter(ctx: BackendContext, proposalId: number, file: string): { file: string } {
  // Once sent, what went up stays as sent: later approvals never rewrite the letter or its list.
  const sent = sentCopy(ctx.db, proposalId);
  const proposal = sent?.proposal ?? getProposal(ctx.db, proposalId);
  const settings = sent?.settings ?? getSettings(ctx.db, ctx.now());
  const template = letterTemplatePath(ctx);
  if (!fs.existsSync(template)) throw new AppError('PROPOSAL_TEMPLATE_MISSING', { file: template });
  const doc = new Docxtemplater(new PizZip(fs.readFileSync(template)), { paragraphLoop: true, linebreaks: true, nullGetter: () => '' });
  const texts = letterTexts(proposal, settings, ctx.now());
  doc.render({ ...texts, paragraphs: texts.paragraphs.map((text) => ({ text })), rows: proposalListRows(proposal) });
  const zip = doc.getZip();
  zip.file('word/document.xml', withFingerprintParagraph(zip.file('word/document.xml')!.asText(), officeFingerprint(ctx.db)));
  writeFileAtomic(file, zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { file };
}
