import type { BackendContext } from '../core/context';
import type { Job } from '../core/jobs';
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import { organizationDemoWriters, ownOfficeId } from '../organizations';
import { updateSettings, writeSetting } from '../settings';
import { makeGrassrootsUnions } from './grassrootsUnions';
import { makeDemoOffice } from './office';
import { Rng } from './random';
import { writeDemoMembers } from './writeMembers';
import { withBulkMemberWrites } from '../members';
import type { SeedUnion } from './members';
import { DOMAIN_SEEDERS } from './domainSeeders';

export interface DemoOptions {
  unions: number;
  members: number;
  year: number;
  seed: number;
}

const CHUNK = 500;

/**
 * Writes a demo office in one transaction, yielding between chunks so progress reaches the
 * window and a cancel rolls everything back.
 */
export async function writeDemoData(ctx: BackendContext, job: Job, options: DemoOptions): Promise<void> {
  const { db } = ctx;
  const at = ctx.now().toISOString();
  const demo = makeDemoOffice(options.year);
  const unions = makeGrassrootsUnions(new Rng(options.seed), options.unions, options.year);

  db.exec('BEGIN IMMEDIATE');
  try {
    updateSettings(ctx, {
      'office.name': demo.office.name,
      'office.shortName': demo.office.shortName,
      'office.upperName': demo.upper.name,
      'office.placeName': demo.placeName,
      'office.workingYear': options.year,
    });
    const officeId = ownOfficeId(db);
    if (officeId === null) throw new Error('the office row was not created');
    const { setOfficeCode, insertUnion, insertManagement } = organizationDemoWriters(db);
    setOfficeCode.run(demo.office.code, officeId);

    const seedUnions: SeedUnion[] = [];
    for (let start = 0; start < unions.length; start += CHUNK) {
      for (const union of unions.slice(start, start + CHUNK)) {
        const { lastInsertRowid } = insertUnion.run({
          parentId: officeId,
          code: union.code,
          name: union.name,
          shortName: union.shortName,
          nameFold: foldVietnamese(union.name),
          sector: union.sector,
          address: union.address,
          foundedOn: union.foundedOn,
          foundingDecision: union.foundingDecision,
          dissolvedOn: union.dissolvedOn,
          workersTotal: union.workersTotal,
          workersFemale: union.workersFemale,
          chairName: union.chairName,
          phone: union.phone,
          at,
        });
        insertManagement.run(lastInsertRowid, officeId, union.foundedOn, union.dissolvedOn, union.foundingDecision);
        if (!union.dissolvedOn) seedUnions.push({ id: Number(lastInsertRowid), ...union });
      }
      job.progress('seed.unions', Math.min(start + CHUNK, unions.length), unions.length);
      await job.checkpoint();
    }
    await withBulkMemberWrites(db, () => writeDemoMembers(db, job, new Rng(options.seed + 1), seedUnions, options.members, options.year, at));
    DOMAIN_SEEDERS.forEach((seedDomain, index) =>
      seedDomain({ db, rng: new Rng(options.seed + 100 + index), year: options.year, at, officeId, unions: seedUnions }),
    );
    writeSetting(db, 'setup.done', true, at);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
