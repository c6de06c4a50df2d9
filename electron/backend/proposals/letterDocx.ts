import type { BackendContext } from '../core/context';
import { getSettings } from '../settings/service';
import { writeFileAtomic } from '../paths/dataDir';
import { proposalListRows } from '../../../shared/proposals/listRows';
import { letterTexts } from '../../../shared/proposals/letterText';
import { renderWordTemplate } from '../documents/wordTemplates';
import { sentCopy } from './sends';
import { getProposal } from './service';
import { officeFingerprint, withFingerprintParagraph } from '../upward/fingerprintDocx';

/** Tờ trình (NĐ 30) with the list attached, as an editable Word document. */
export function writeProposalLetter(ctx: BackendContext, proposalId: number, file: string): { file: string } {
  // Once sent, what went up stays as sent: later approvals never rewrite the letter or its list.
  const sent = sentCopy(ctx.db, proposalId);
  const proposal = sent?.proposal ?? getProposal(ctx.db, proposalId);
  const settings = sent?.settings ?? getSettings(ctx.db, ctx.now());
  const texts = letterTexts(proposal, settings, ctx.now());
  const fingerprint = officeFingerprint(ctx.db);
  const zip = renderWordTemplate(ctx, 'proposalLetter', { ...texts, paragraphs: texts.paragraphs.map((text) => ({ text })), rows: proposalListRows(proposal) }, (xml) =>
    withFingerprintParagraph(xml, fingerprint),
  );
  writeFileAtomic(file, zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { file };
}
