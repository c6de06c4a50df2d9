// Channels of the certificates domain (see shared/ipc/contract.ts).
export const certificatesContract = {};
