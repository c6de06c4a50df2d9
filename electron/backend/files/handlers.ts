import type { filesContract } from '../../../shared/ipc/contracts/files';
import type { DomainHandlers } from '../core/handler';

/** Hosts without windows have no dialog and no file manager: exports go to the data folder's exports/. */
export const filesHandlers: DomainHandlers<keyof typeof filesContract> = {
  'files:chooseSavePath': () => ({ target: null, name: null }),
  // No dialog: the browser preview uploads the file instead (backups:upload).
  'files:chooseOpenFile': () => ({ source: null, name: null }),
  'files:reveal': () => ({ shown: false }),
};
