/** The proposals domain's public surface: what other backend domains may call. */
export { approveItems, rejectItems } from './decide';
export { writeProposalLetter } from './letterDocx';
export { itemRows, listProposals, toItem } from './repository';
export { lastSent } from './sends';
export { addItems, saveProposal } from './service';
export { letterTemplateBytes } from './template/buildLetterTemplate';
