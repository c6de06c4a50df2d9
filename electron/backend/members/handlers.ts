import type { membersContract } from '../../../shared/ipc/contracts/members';
import { QUICK_SEARCH_COUNT_CAP } from '../../../shared/members/query';
import type { DomainHandlers } from '../core/handler';
import { undoableDeletes } from '../imports';
import { listMembers } from './list';
import { admitMember, endMemberships, getMember, transferInMember, transferMembers, updateMemberDetails } from './service';

export const membersHandlers: DomainHandlers<keyof typeof membersContract> = {
  'members:list': (ctx, { offset, limit, ...filter }) => listMembers(ctx.db, filter, offset, limit, ctx.now().getFullYear()),
  'members:search': (ctx, { query, limit, organizationId }) =>
    listMembers(ctx.db, { search: query, organizationId }, 0, limit, ctx.now().getFullYear(), QUICK_SEARCH_COUNT_CAP),
  'members:get': (ctx, { id }) => getMember(ctx, id),
  'members:admit': (ctx, input) => ({ id: admitMember(ctx, input) }),
  'members:transferIn': (ctx, input) => ({ id: transferInMember(ctx, input) }),
  'members:update': (ctx, { id, draft }) => updateMemberDetails(ctx, id, draft),
  'members:transfer': (ctx, input) => transferMembers(ctx, input),
  'members:end': (ctx, input) => endMemberships(ctx, input),
  'members:delete': (ctx, { ids }) => undoableDeletes.members(ctx, ids),
};
