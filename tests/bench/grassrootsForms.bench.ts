import fs from 'node:fs';
import path from 'node:path';
import { catalogueFigures, isInputFigure } from '../../shared/grassrootsForms/catalogue';
import { openDatabase } from '../../electron/backend/db/connection';
import { loadFormCatalogue } from '../../electron/backend/grassrootsForms/catalogue';
import { buildFormWorkbook } from '../../electron/backend/grassrootsForms/formWorkbook';
import { importForms } from '../../electron/backend/grassrootsForms/importForms';
import { saveReturn } from '../../electron/backend/grassrootsForms/returnStore';
import { expectedUnions, rollUpFigures } from '../../electron/backend/grassrootsForms/rollup';
import { fmt, report, time } from './measure';

const PERIOD = '2026-11-30'; // the cut-off of the year members.bench.ts seeds

/**
 * Mẫu 1 files imported in one drop (target: 300 in ≤ 10 s) and the Mẫu 2 roll-up over every CĐCS
 * with a returned form (target: 5,000 in ≤ 500 ms), on a copy of the seeded database.
 */
export async function benchForms(dataDir: string, workDir: string, files = 300): Promise<void> {
  const copyDir = path.join(workDir, 'forms');
  fs.rmSync(copyDir, { recursive: true, force: true });
  fs.mkdirSync(copyDir, { recursive: true });
  const source = openDatabase(path.join(dataDir, 'uniondesk.db'), { readonly: true });
  await source.backup(path.join(copyDir, 'uniondesk.db'));
  source.close();
  const db = openDatabase(path.join(copyDir, 'uniondesk.db'));
  try {
    const resourcesDir = path.resolve('resources');
    const catalogue = loadFormCatalogue(resourcesDir);
    const inputs = catalogueFigures(catalogue).filter(isInputFigure);
    const unions = db.prepare("SELECT id, coalesce(code, '') AS code, name FROM organizations WHERE level = 'grassroots'").all() as { id: number; code: string; name: string }[];
    const ours = new Set(expectedUnions(db, PERIOD).map((u) => u.id));
    const active = unions.filter((u) => ours.has(u.id));
    const valuesOf = (i: number) => new Map(inputs.map((f, j) => [f.code, (i * 7 + j * 13) % 900]));
    const made = await Promise.all(
      active.slice(0, files).map(async (union, i) => ({
        name: `Mau1-${union.code}.xlsx`,
        bytes: new Uint8Array(await buildFormWorkbook({ catalogue, period: PERIOD, upperName: 'Bench', union, known: valuesOf(i), previous: new Map() }).xlsx.writeBuffer()),
      })),
    );
    const drop = await time(() => importForms(made, { db, resourcesDir, locale: 'vi', actor: 'bench', at: new Date().toISOString(), period: PERIOD }));
    db.transaction(() => {
      active.forEach((union, i) => saveReturn(db, 'bench', new Date().toISOString(), { organizationId: union.id, period: PERIOD, source: 'typed', fileName: '', catalogueVersion: catalogue.version, values: valuesOf(i) }));
    })();
    rollUpFigures(db, catalogue, PERIOD);
    const runs = await Promise.all([0, 1, 2].map(() => time(() => rollUpFigures(db, catalogue, PERIOD))));
    report([
      [`import ${made.length} returned Mẫu 1 in one drop (s)`, `${fmt(drop.ms / 1000, 2)}  (imported ${drop.value.imported + drop.value.updated}; target ≤ 10 s for 300)`],
      [`Mẫu 2 roll-up over ${active.length} CĐCS (ms)`, `${fmt(Math.min(...runs.map((r) => r.ms)))}  (target ≤ 500 ms for 5,000)`],
    ]);
  } finally {
    db.close();
  }
}
