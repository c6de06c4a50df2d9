import type { unionsContract } from '../../../shared/ipc/contracts/organizations';
import type { DomainHandlers } from '../core/handler';
import { AppError } from '../core/appError';
import { findUnionByCode } from './lookup';
import { listOwnUnions } from './unionRepository';
import { exportUnionsXlsx } from './exportUnionsXlsx';
import { dissolveUnion, moveUnion, requireUnionDetail, saveUnion, sortUnions } from './unionService';

export const unionsHandlers: DomainHandlers<keyof typeof unionsContract> = {
  'unions:list': (ctx, { offset, limit, ...filter }) => {
    const all = sortUnions(listOwnUnions(ctx.db, filter));
    return { total: all.length, items: all.slice(offset, offset + limit) };
  },
  'unions:get': (ctx, { id }) => requireUnionDetail(ctx, id),
  'export:unionsXlsx': (ctx, { target, ...filter }) => exportUnionsXlsx(ctx, filter, target),
  'unions:byCode': (ctx, { code }) => {
    const union = findUnionByCode(ctx.db, code);
    if (!union) throw new AppError('UNION_NOT_FOUND', { ref: code });
    return requireUnionDetail(ctx, union.id);
  },
  'unions:save': (ctx, { id, draft, factsFrom }) => saveUnion(ctx, id, draft, factsFrom),
  'unions:dissolve': (ctx, { id, date, decisionNo }) => dissolveUnion(ctx, id, date, decisionNo),
  'unions:move': (ctx, { id, managerName, date, decisionNo }) => moveUnion(ctx, id, managerName, date, decisionNo),
};
