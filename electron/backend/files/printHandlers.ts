import type { printContract } from '../../../shared/ipc/contracts/print';
import type { DomainHandlers } from '../core/handler';

/** No window here: the renderer shows the print route and the browser prints it. */
export const printHandlers: DomainHandlers<keyof typeof printContract> = {
  'print:document': () => ({ printed: false, file: null }),
};
