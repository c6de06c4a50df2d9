import type { upperRollupContract } from '../../../shared/ipc/contracts/upperRollup';
import type { DomainHandlers } from '../core/handler';
import { exportTarget } from '../files';
import { getSettings } from '../settings';
import { decidePackage } from './decide';
import { draftDecision } from './draftDecision';
import { writeRollupXlsx } from './exportXlsx';
import { importPackages } from './importPackages';
import { addLowerOffice, lowerOffices, setDeadline } from './offices';
import { decideProposalRow, upperProposals } from './proposals';
import { computeRollup } from './rollup';

export const upperRollupHandlers: DomainHandlers<keyof typeof upperRollupContract> = {
  'upper:offices': (ctx, { year }) => lowerOffices(ctx, year),
  'upper:addOffice': (ctx, { code, name }) => addLowerOffice(ctx, code, name),
  'upper:setDeadline': (ctx, { officeId, year, dueOn }) => setDeadline(ctx, officeId, year, dueOn),
  'upper:import': (ctx, { files, repin }) =>
    importPackages(
      ctx,
      files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') })),
      repin,
    ),
  'upper:rollup': (ctx, { year }) => computeRollup(ctx.db, year),
  'upper:decide': (ctx, input) => decidePackage(ctx, input),
  'upper:export': (ctx, { year, target }) =>
    writeRollupXlsx(computeRollup(ctx.db, year), exportTarget(ctx, target, `tong-hop-cap-duoi-${year}`, 'xlsx'), getSettings(ctx.db, ctx.now())['office.name']),
  'upper:proposals': (ctx, { year }) => upperProposals(ctx.db, year),
  'upper:decideProposal': (ctx, input) => decideProposalRow(ctx, input),
  'upper:draftDecision': (ctx, { year }) => draftDecision(ctx, year),
};
