// Channels of the statistics domain (see shared/ipc/contract.ts).
export const statisticsContract = {};
