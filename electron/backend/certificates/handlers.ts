import type { certificatesContract } from '../../../shared/ipc/contracts/certificates';
import type { DomainHandlers } from '../core/handler';

export const certificatesHandlers: DomainHandlers<keyof typeof certificatesContract> = {};
