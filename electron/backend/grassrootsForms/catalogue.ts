import fs from 'node:fs';
import path from 'node:path';
import { parseFormCatalogue, type FormCatalogue } from '../../../shared/grassrootsForms/catalogue';

const cache = new Map<string, FormCatalogue>();

/** The Mẫu 1 / Mẫu 2 figure catalogue shipped in resources/data/grassroots-forms.json (read once). */
export function loadFormCatalogue(resourcesDir: string): FormCatalogue {
  const file = path.join(resourcesDir, 'data', 'grassroots-forms.json');
  let catalogue = cache.get(file);
  if (!catalogue) {
    catalogue = parseFormCatalogue(JSON.parse(fs.readFileSync(file, 'utf8')));
    cache.set(file, catalogue);
  }
  return catalogue;
}
