// Channels of the awards domain (see shared/ipc/contract.ts).
export const awardsContract = {};
