/* Writes the default Word templates into resources/templates: `npx tsx electron/backend/documents/writeDefaultTemplates.ts` */
import fs from 'node:fs';
import path from 'node:path';
import { decisionTemplateBytes } from '../awards/template/buildDecisionTemplate';
import { findProjectRoot } from '../paths/resources';
import { letterTemplateBytes } from '../proposals/template/buildLetterTemplate';
import { buildDefaultReportTemplate } from '../reports/export/defaultTemplate';
import { WORD_TEMPLATES, type WordTemplateKind } from './wordTemplates';

/** Each kind's default template, as the builders make it. */
export const DEFAULT_TEMPLATE_BYTES: Record<WordTemplateKind, () => Buffer> = {
  report: buildDefaultReportTemplate,
  decision: decisionTemplateBytes,
  proposalLetter: letterTemplateBytes,
};

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('writeDefaultTemplates.ts')) {
  for (const [kind, bytes] of Object.entries(DEFAULT_TEMPLATE_BYTES)) {
    const file = path.join(findProjectRoot(), 'resources', 'templates', WORD_TEMPLATES[kind as WordTemplateKind].file);
    fs.writeFileSync(file, bytes());
    console.log(file);
  }
}
