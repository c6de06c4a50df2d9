// Channels of the campaigns domain (see shared/ipc/contract.ts).
export const campaignsContract = {};
