import fs from 'node:fs';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { writeAudit } from '../../audit';
import { AppError } from '../../core/appError';
import type { BackendContext } from '../../core/context';
import { customTemplatePath } from './docx';
import { writeFileAtomic } from '../../paths/dataDir';

/** Replaces the Word template with the user's edited copy (checked to be a .docx docxtemplater can read). */
export function replaceReportTemplate(ctx: BackendContext, fileName: string, base64: string): { custom: boolean } {
  const bytes = Buffer.from(base64, 'base64');
  if (!/\.docx$/i.test(fileName)) throw new AppError('REPORT_TEMPLATE_INVALID', { reason: fileName });
  try {
    const zip = new PizZip(bytes);
    if (!zip.file('word/document.xml')) throw new Error('word/document.xml');
    new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true });
  } catch (error) {
    const detail = (error as { properties?: { errors?: { properties?: { explanation?: string } }[] } }).properties?.errors?.[0]?.properties?.explanation;
    throw new AppError('REPORT_TEMPLATE_INVALID', { reason: detail ?? (error as Error).message });
  }
  writeFileAtomic(customTemplatePath(ctx.dataDir), bytes);
  writeAudit(ctx.db, ctx.actor, ctx.now().toISOString(), { action: 'update', entity: 'report_template', after: { fileName } });
  return { custom: true };
}

export function restoreReportTemplate(ctx: BackendContext): { custom: boolean } {
  fs.rmSync(customTemplatePath(ctx.dataDir), { force: true });
  writeAudit(ctx.db, ctx.actor, ctx.now().toISOString(), { action: 'delete', entity: 'report_template' });
  return { custom: false };
}

export function reportTemplateStatus(ctx: BackendContext): { custom: boolean } {
  return { custom: fs.existsSync(customTemplatePath(ctx.dataDir)) };
}
