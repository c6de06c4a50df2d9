import { z } from 'zod';
import { channel } from '../channel';
import { memberDraftSchema, type Member, type MemberListItem, type Movement } from '../../members/model';
import { memberPageSchema, type MemberPage } from '../../members/query';
import { admitSchema, endMembershipSchema, transferInSchema, transferSchema } from '../../members/movements';
import { idSchema } from '../../domain/schemas';

const id = idSchema;

export const membersContract = {
  'members:list': channel(memberPageSchema.strict()).returns<MemberPage>(),
  'members:search': channel(
    z.object({ query: z.string().trim().max(100), limit: z.number().int().min(1).max(100).default(20), organizationId: id.optional() }).strict(),
  ).returns<{ total: number; totalCapped: boolean; items: MemberListItem[] }>(),
  'members:get': channel(z.object({ id }).strict()).returns<{ member: Member; movements: Movement[] }>(),
  'members:admit': channel(admitSchema).returns<{ id: number }>(),
  'members:transferIn': channel(transferInSchema).returns<{ id: number }>(),
  'members:update': channel(z.object({ id, draft: memberDraftSchema }).strict()).returns<Member>(),
  'members:transfer': channel(transferSchema).returns<{ transferred: number }>(),
  'members:end': channel(endMembershipSchema).returns<{ updated: number }>(),
  'members:delete': channel(z.object({ ids: z.array(id).min(1).max(100_000) }).strict()).returns<{ deleted: number; undoId: number }>(),
};
