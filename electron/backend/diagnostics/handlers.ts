import os from 'node:os';
import type { diagnosticsContract } from '../../../shared/ipc/contracts/diagnostics';
import type { DomainHandlers } from '../core/handler';
import { exportTarget } from '../files';
import { writeFileAtomic } from '../paths/dataDir';
import { readFieldLog } from './log';

/** One text file support can read: who, what version, the error the window caught, then the log. */
export const diagnosticsHandlers: DomainHandlers<keyof typeof diagnosticsContract> = {
  'diagnostics:save': (ctx, input) => {
    const file = exportTarget(ctx, input.target, 'thong-tin-loi-uniondesk', 'txt');
    const text = [
      `UnionDesk ${ctx.version}`,
      `Time: ${ctx.now().toISOString()}`,
      `System: ${os.platform()} ${os.release()} ${os.arch()}, Node ${process.versions.node}${process.versions.electron ? `, Electron ${process.versions.electron}` : ''}`,
      `Data folder: ${ctx.dataDir}`,
      `Schema: ${ctx.latestSchemaVersion}`,
      '',
      `Where: ${input.where ?? '-'}`,
      'Error:',
      input.error ?? '-',
      '',
      'Log:',
      readFieldLog(ctx.dataDir) || '(empty)',
    ].join('\n');
    writeFileAtomic(file, new TextEncoder().encode(text));
    return { file };
  },
};
