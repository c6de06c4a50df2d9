/** The awards domain's public surface: what other backend domains may call. */
export { addAwards, type NewAward } from './addAwards';
export { awardsOf, getDecision, listDecisions } from './decisionQueries';
export { deleteDecision, writeDecisionRow } from './decisions';
export { matchRecipients } from './matchRecipients';
export { suggestDecisionNumber } from './nextNumber';
export { recipientColumnList, recipientColumns, recipientFields, recipientOf, recipientSelect } from './recipientColumns';
export { checkRecipientFit } from './recipientFit';
export { deleteAward, deleteDecisionRow, findDecisionCreatedAt, findOrAddDecision, markCertificatePrinted, type UpperDecisionRow } from './externalWrites';
export { decisionTemplateBytes } from './template/buildDecisionTemplate';
