import fs from 'node:fs';
import path from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { writeAudit } from '../audit';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import { writeFileAtomic } from '../paths/dataDir';
import { LETTER_TEMPLATE } from './letterDocx';

const ownCopy = (ctx: BackendContext) => path.join(ctx.dataDir, 'templates', LETTER_TEMPLATE);

/** Takes the user's edited copy of the cover letter template, once docxtemplater can read it. */
export function replaceLetterTemplate(ctx: BackendContext, fileName: string, base64: string): { custom: boolean } {
  if (!/\.docx$/i.test(fileName)) throw new AppError('PROPOSAL_TEMPLATE_INVALID', { file: fileName, reason: '.docx' });
  const bytes = Buffer.from(base64, 'base64');
  try {
    const zip = new PizZip(bytes);
    if (!zip.file('word/document.xml')) throw new Error('word/document.xml');
    new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true });
  } catch (error) {
    const detail = (error as { properties?: { errors?: { properties?: { explanation?: string } }[] } }).properties?.errors?.[0]?.properties?.explanation;
    throw new AppError('PROPOSAL_TEMPLATE_INVALID', { file: fileName, reason: detail ?? (error as Error).message });
  }
  writeFileAtomic(ownCopy(ctx), bytes);
  writeAudit(ctx.db, ctx.actor, ctx.now().toISOString(), { action: 'update', entity: 'proposal_letter_template', after: { fileName } });
  return { custom: true };
}

export function restoreLetterTemplate(ctx: BackendContext): { custom: boolean } {
  fs.rmSync(ownCopy(ctx), { force: true });
  writeAudit(ctx.db, ctx.actor, ctx.now().toISOString(), { action: 'delete', entity: 'proposal_letter_template' });
  return { custom: false };
}

export function letterTemplateStatus(ctx: BackendContext): { custom: boolean } {
  return { custom: fs.existsSync(ownCopy(ctx)) };
}
