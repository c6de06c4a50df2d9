// Channels of the reports domain (see shared/ipc/contract.ts).
export const reportsContract = {};
