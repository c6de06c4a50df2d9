/* Writes resources/templates/decision.docx: `npx tsx electron/backend/awards/template/buildDecisionTemplate.ts` */
import fs from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { findProjectRoot } from '../../paths/resources';
import { decisionTemplateParts } from './decisionTemplateParts';

export function decisionTemplateBytes(): Buffer {
  const zip = new PizZip();
  for (const [name, xml] of Object.entries(decisionTemplateParts)) zip.file(name, xml);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('buildDecisionTemplate.ts')) {
  const file = path.join(findProjectRoot(), 'resources', 'templates', 'decision.docx');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, decisionTemplateBytes());
  console.log(file);
}
