/** The members domain's public surface: what other backend domains may call. */
export { withBulkMemberWrites } from './bulk';
export { memberFilterSql } from './filterSql';
export { insertMovement, insertMovements } from './movements';
export { partyDifferencesOn } from './partyHistory';
export { findMemberRow, insertMember, insertMembers, MEMBER_SELECT_LIST, memberColumns, type MemberRow, rebuildSearchKeysBetween, setMemberStatus, toMember, updateMember } from './repository';
export { searchMemberIds } from './search';
export { deleteMembers } from './service';
export { bumpMembersVersion } from './version';
export { foldName } from './derived';
