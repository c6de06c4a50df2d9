import fs from 'node:fs';
import path from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { ErrorCode } from '../../../shared/ipc/result';
import { writeAudit } from '../audit/auditLog';
import { AppError } from '../core/appError';
import type { BackendContext } from '../core/context';
import { writeFileAtomic } from '../paths/dataDir';

/*
 * The Word templates of the app's documents, in one place: each kind's default in resources/templates/,
 * the office's own edited copy in the data folder's templates/ (replaced after a check that
 * docxtemplater can read it, restored by deleting it), and rendering the one in use.
 */
export const WORD_TEMPLATES = {
  report: { file: 'report.docx', invalid: 'REPORT_TEMPLATE_INVALID', audit: 'report_template' },
  decision: { file: 'decision.docx', invalid: 'AWARD_TEMPLATE_INVALID', audit: 'decision_template' },
  proposalLetter: { file: 'proposal-letter.docx', invalid: 'PROPOSAL_TEMPLATE_INVALID', audit: 'proposal_letter_template' },
} as const satisfies Record<string, { file: string; invalid: ErrorCode; audit: string }>;

export type WordTemplateKind = keyof typeof WORD_TEMPLATES;
type Folders = Pick<BackendContext, 'dataDir' | 'resourcesDir'>;

const ownCopy = (dataDir: string, kind: WordTemplateKind) => path.join(dataDir, 'templates', WORD_TEMPLATES[kind].file);

/** The office's own copy when there is one, else the bundled default. */
export function wordTemplateFile(folders: Folders, kind: WordTemplateKind): { file: string; custom: boolean } {
  const own = ownCopy(folders.dataDir, kind);
  if (fs.existsSync(own)) return { file: own, custom: true };
  return { file: path.join(folders.resourcesDir, 'templates', WORD_TEMPLATES[kind].file), custom: false };
}

export function wordTemplateStatus(ctx: BackendContext, kind: WordTemplateKind): { custom: boolean } {
  return { custom: wordTemplateFile(ctx, kind).custom };
}

/** What makes a template unusable, in words a user can act on: the tag docxtemplater stopped at, else the file. */
function templateProblem(kind: WordTemplateKind, fileName: string, error: unknown): AppError {
  const first = (error as { properties?: { errors?: { properties?: { xtag?: string; context?: string } }[]; xtag?: string } }).properties;
  const tag = first?.errors?.[0]?.properties?.xtag ?? first?.xtag;
  return new AppError(WORD_TEMPLATES[kind].invalid, { file: fileName, reason: tag ? `{${tag}}` : fileName });
}

const render = (bytes: Buffer, data: object) => {
  const doc = new Docxtemplater(new PizZip(bytes), { paragraphLoop: true, linebreaks: true, nullGetter: () => '', errorLogging: false });
  doc.render(data);
  return doc;
};

/** Takes the user's edited copy of a template, once it renders. */
export function replaceWordTemplate(ctx: BackendContext, kind: WordTemplateKind, fileName: string, base64: string): { custom: boolean } {
  if (!/\.docx$/i.test(fileName)) throw new AppError(WORD_TEMPLATES[kind].invalid, { file: fileName, reason: '.docx' });
  const bytes = Buffer.from(base64, 'base64');
  try {
    const zip = new PizZip(bytes);
    if (!zip.file('word/document.xml')) throw new Error('word/document.xml');
    render(bytes, {});
  } catch (error) {
    throw templateProblem(kind, fileName, error);
  }
  writeFileAtomic(ownCopy(ctx.dataDir, kind), bytes);
  writeAudit(ctx.db, ctx.actor, ctx.now().toISOString(), { action: 'update', entity: WORD_TEMPLATES[kind].audit, after: { fileName } });
  return { custom: true };
}

export function restoreWordTemplate(ctx: BackendContext, kind: WordTemplateKind): { custom: boolean } {
  fs.rmSync(ownCopy(ctx.dataDir, kind), { force: true });
  writeAudit(ctx.db, ctx.actor, ctx.now().toISOString(), { action: 'delete', entity: WORD_TEMPLATES[kind].audit });
  return { custom: false };
}

/** The template in use filled with `data`; `editDocument` may then change the document part (a section, a line). */
export function renderWordTemplate(folders: Folders, kind: WordTemplateKind, data: object, editDocument?: (xml: string) => string): PizZip {
  const template = wordTemplateFile(folders, kind);
  if (!fs.existsSync(template.file)) throw new AppError('FILE_NOT_FOUND', { file: template.file });
  let zip: PizZip;
  try {
    zip = render(fs.readFileSync(template.file), data).getZip();
  } catch (error) {
    throw templateProblem(kind, path.basename(template.file), error);
  }
  if (editDocument) zip.file('word/document.xml', editDocument(zip.file('word/document.xml')!.asText()));
  return zip;
}
