import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memberFilterSchema } from '../../../shared/members/query';
import type { BackendContext } from '../core/context';
import { exportMembersXlsx } from '../exchange';

/** The members' list with personal data (NĐ 13/2023): only when the user ticked it. */
export async function membersPart(ctx: BackendContext): Promise<Uint8Array> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uniondesk-members-'));
  const job = ctx.startJob(undefined);
  try {
    const file = path.join(dir, 'members.xlsx');
    await exportMembersXlsx(ctx, job, memberFilterSchema.parse({ status: 'active' }), file, { personalData: true });
    return fs.readFileSync(file);
  } finally {
    job.finish();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
