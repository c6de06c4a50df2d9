import type { upwardContract } from '../../../shared/ipc/contracts/upward';
import { groupFingerprint } from '../../../shared/upward/fingerprint';
import type { DomainHandlers } from '../core/handler';
import { buildPackage } from './buildPackage';
import { officeFingerprint } from './fingerprintDocx';
import { importReceipt } from './importReceipt';
import { officeKey } from './officeKey';
import { listSent } from './sentLog';
import { verifyPackageResult } from './verifyPackage';
import { scalar, text } from '../db/rows';

export const upwardHandlers: DomainHandlers<keyof typeof upwardContract> = {
  'upward:state': (ctx, { year }) => {
    const key = officeKey(ctx.db, ctx.now().toISOString());
    const upper = scalar(ctx.db, 'SELECT fingerprint FROM upper_keys WHERE id = 1', text).get();
    return {
      key: { fingerprint: key.fingerprint, grouped: groupFingerprint(key.fingerprint) },
      upperKey: upper ? { fingerprint: upper, grouped: groupFingerprint(upper) } : null,
      sent: listSent(ctx.db, year),
    };
  },
  'upward:build': async (ctx, input) => buildPackage(ctx, input),
  'upward:fingerprint': (ctx) => ({ grouped: officeFingerprint(ctx.db) }),
  'upward:verify': (ctx, { base64 }) => verifyPackageResult(Buffer.from(base64, 'base64'), ctx.version, ctx.locale),
  'upward:importReceipt': (ctx, { base64 }) => importReceipt(ctx, Buffer.from(base64, 'base64')),
};
