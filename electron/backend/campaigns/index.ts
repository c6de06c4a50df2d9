/** The campaigns domain's public surface: what other backend domains may call. */
export { requireCampaign } from './campaignService';
export { contestEntryKind, honourKind, initiativeKind, workKind } from './outcomeKinds';
export { saveOutcome } from './outcomeStore';
export { campaignTotals } from './totals';
export { campaignDemoWriters } from './demoRows';
