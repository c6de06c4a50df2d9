// Channels of the clusters domain (see shared/ipc/contract.ts).
export const clustersContract = {};
