/** The organizations domain's public surface: what other backend domains may call. */
export { deleteUnusedUnion } from './deleteUnion';
export { type OrganizationFact, organizationFactAt, organizationFactsAt, setOrganizationFacts } from './facts';
export { requireOpenUnion } from './lookup';
export { ownOfficeId, syncOfficeOrganizations } from './ownOffice';
export { insertUnion, requireUnionDetail, updateUnion } from './unionService';
export { organizationDemoWriters } from './demoRows';
