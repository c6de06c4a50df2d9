// Channels of the proposals domain (see shared/ipc/contract.ts).
export const proposalsContract = {};
