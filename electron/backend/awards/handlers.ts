import type { awardsContract } from '../../../shared/ipc/contracts/awards';
import type { DomainHandlers } from '../core/handler';
import { deleteAwardKind, deleteCoefficient, listAwardKinds, saveAwardKind, saveCoefficient } from './catalogue';
import { getDecision, listDecisions, listYearAwards } from './decisionQueries';
import { deleteDecisionBasis, listDecisionBases, saveDecisionBasis } from './decisionBases';
import { saveDecision } from './decisions';
import { exportDecisionDocx } from './exportDocx';
import { exportDecisionXlsx } from './exportXlsx';
import { importAwards, readListFile, readPastedList } from './importList';
import { awardMoney } from './money';
import { suggestDecisionNumber } from './nextNumber';
import { repriceDecision } from './reprice';
import { undoableDeletes } from '../imports/deletions';
import { replaceWordTemplate, restoreWordTemplate, wordTemplateStatus } from '../documents/wordTemplates';
import { awardWarnings } from './warnings';

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

export const awardsHandlers: DomainHandlers<keyof typeof awardsContract> = {
  'awardKinds:list': (ctx, { includeInactive }) => listAwardKinds(ctx.db, includeInactive),
  'awardKinds:save': (ctx, { id, draft }) => saveAwardKind(ctx, id, draft),
  'awardKinds:delete': (ctx, { id }) => {
    deleteAwardKind(ctx, id);
    return { deleted: 1 };
  },
  'awardCoefficients:save': (ctx, draft) => saveCoefficient(ctx, draft),
  'awardCoefficients:delete': (ctx, { id }) => deleteCoefficient(ctx, id),
  'awardDecisions:list': (ctx, { year, issuerLevel }) => listDecisions(ctx.db, year, issuerLevel),
  'awardDecisions:awardsOfYear': (ctx, { year }) => listYearAwards(ctx.db, year, ctx.locale),
  'awardDecisions:get': (ctx, { id }) => getDecision(ctx.db, id),
  'awardDecisions:nextNumber': (ctx, { year }) => suggestDecisionNumber(ctx, year),
  'awardDecisions:save': (ctx, { id, draft, recipients }) => saveDecision(ctx, id, draft, recipients),
  'awardDecisions:delete': (ctx, { id }) => undoableDeletes.decision(ctx, id),
  'awardDecisions:reprice': (ctx, { id }) => repriceDecision(ctx, id),
  'awardDecisions:warnings': (ctx, { id, draft, recipients }) => awardWarnings(ctx.db, id ?? null, draft, recipients),
  'awardDecisions:money': (ctx, { decidedOn, formKindId, titleKindId, recipients }) =>
    recipients.map((r) =>
      awardMoney(
        ctx.db,
        { formKindId: r.formKindId === undefined ? formKindId : r.formKindId, titleKindId: r.titleKindId === undefined ? titleKindId : r.titleKindId },
        decidedOn,
        r.recipientKind,
      ),
    ),
  'awardDecisions:parseList': (ctx, { text }) => readPastedList(ctx, text),
  'awardDecisions:importList': (ctx, { fileName, base64 }) => readListFile(ctx, fileName, bytesOf(base64)),
  'awardDecisions:import': (ctx, { base64, ...input }) => importAwards(ctx, { ...input, bytes: bytesOf(base64) }),
  'decisionBases:list': (ctx) => listDecisionBases(ctx.db),
  'decisionBases:save': (ctx, draft) => saveDecisionBasis(ctx, draft),
  'decisionBases:delete': (ctx, { id }) => deleteDecisionBasis(ctx, id),
  'awardDecisions:templateStatus': (ctx) => wordTemplateStatus(ctx, 'decision'),
  'awardDecisions:templateReplace': (ctx, { fileName, base64 }) => replaceWordTemplate(ctx, 'decision', fileName, base64),
  'awardDecisions:templateRestore': (ctx) => restoreWordTemplate(ctx, 'decision'),
  'export:awardDecisionDocx': (ctx, { id, target }) => exportDecisionDocx(ctx, id, target),
  'export:awardDecisionXlsx': (ctx, { id, target }) => exportDecisionXlsx(ctx, id, target),
};
