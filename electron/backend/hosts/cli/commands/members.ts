import type { MemberListItem } from '../../../../../shared/members/model';
import { MEMBER_STATUSES, type MemberStatus } from '../../../../../shared/members/model';
import type { Command, CommandContext } from '../context';

/** The item shape scripts rely on (issue #3): keep these names. */
const cliItem = (item: MemberListItem) => ({
  id: item.id,
  fullName: item.fullName,
  birthDate: item.birthDate,
  unionCode: item.unionCode,
  unionName: item.unionName,
  cccd: item.cccd,
});

const line = (item: MemberListItem) =>
  [item.fullName, item.birthDate ?? '', item.cccd ?? '', item.unionCode ?? '', item.unionName].join('\t');

export async function unionIdFor(cx: CommandContext, code: unknown): Promise<number | undefined> {
  if (typeof code !== 'string') return undefined;
  return (await cx.call('unions:byCode', { code })).id;
}

async function search(cx: CommandContext) {
  const query = cx.positionals[2];
  if (query === undefined) throw cx.usageError('missingArgument', { command: 'members search', what: '"QUERY"' });
  const page = await cx.call('members:list', { search: query, limit: cx.integer('limit', 20) });
  return { json: { total: page.total, items: page.items.map(cliItem) }, text: page.items.map(line).join('\n') };
}

async function list(cx: CommandContext) {
  const status = cx.values.status;
  if (status !== undefined && !MEMBER_STATUSES.includes(status as MemberStatus)) {
    throw cx.usageError('badArguments', { command: 'members list', reason: `--status ${MEMBER_STATUSES.join('|')}` });
  }
  const page = await cx.call('members:list', {
    organizationId: await unionIdFor(cx, cx.values.union),
    status: status as MemberStatus | undefined,
    limit: cx.integer('limit', 50),
    offset: cx.integer('offset', 0),
  });
  return { json: { total: page.total, items: page.items.map(cliItem) }, text: page.items.map(line).join('\n') };
}

export const members: Command = {
  options: { limit: { type: 'string' }, offset: { type: 'string' }, union: { type: 'string' }, status: { type: 'string' } },
  run(cx) {
    const action = cx.positionals[1];
    if (action === 'search') return search(cx);
    if (action === 'list') return list(cx);
    throw cx.usageError('missingArgument', { command: 'members', what: 'search|list' });
  },
};
