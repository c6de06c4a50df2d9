import fs from 'node:fs';
import path from 'node:path';
import { buildDefaultReportTemplate } from './defaultTemplate';

// npx tsx electron/backend/reports/export/writeDefaultTemplate.ts — regenerates resources/templates/report.docx
const target = path.resolve('resources/templates/report.docx');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, buildDefaultReportTemplate());
console.log(target);
