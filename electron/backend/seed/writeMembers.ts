import type { Db } from '../db/connection';
import type { Job } from '../core/jobs';
import { insertMember, insertMovement, setMemberStatus } from '../members';
import { CccdSerials, makeMember, membersPerUnion, type SeedUnion } from './members';
import type { Rng } from './random';

const CHUNK = 5_000;

/** Inserts demo members with their admission rows; some leave or transfer out in the working year. */
export async function writeDemoMembers(db: Db, job: Job, rng: Rng, unions: readonly SeedUnion[], total: number, year: number, at: string): Promise<void> {
  const counts = membersPerUnion(unions, total);
  const cccd = new CccdSerials();
  let done = 0;
  for (const [unionIndex, union] of unions.entries()) {
    const count = counts[unionIndex] ?? 0;
    for (let index = 0; index < count; index++) {
      const draft = makeMember(rng, union, index, year, cccd);
      const id = insertMember(db, draft, 'active', at);
      insertMovement(db, { memberId: id, kind: 'admitted', date: draft.joinedOn ?? `${year}-01-01`, decisionNo: '', from: null, to: union.id, note: '' }, at);
      if (index > 10 && rng.chance(0.025)) {
        const kind = rng.chance(0.6) ? 'left' : 'transferred_out';
        const date = rng.isoDateBetween(`${year}-01-01`, `${year}-11-30`);
        if (date > (draft.joinedOn ?? '')) {
          insertMovement(db, { memberId: id, kind, date, decisionNo: '', from: union.id, to: null, note: '' }, at);
          setMemberStatus(db, id, kind, union.id, at);
        }
      }
      if (++done % CHUNK === 0) {
        job.progress('seed.members', done, total);
        await job.checkpoint();
      }
    }
  }
  job.progress('seed.members', total, total);
}
