import {
  contestEntryDraftSchema,
  honourDraftSchema,
  initiativeDraftSchema,
  workDraftSchema,
  type ContestEntryDraft,
  type HonourDraft,
  type InitiativeDraft,
  type WorkDraft,
} from '../../../../shared/campaigns/model';
import { criterionInputSchema, type CriterionInput } from '../../../../shared/clusters/model';
import type { ListImportKind } from '../../../../shared/exchange/import';
import type { RowContext } from '../rows/rowContext';

/** What a list's rows are checked against: the CĐCS, members and contests the office has. */
export interface ListLookups {
  /** Two-digit years and defaults are read in the campaign's (or sheet's) year. */
  workingYear: number;
  findUnion(text: string): { id: number } | null;
  /** A member by name (and CĐCS name when given), linked only when one fits (exact, then folded). */
  findMember(name: string, unitName: string): number | null;
  /** A CĐCS named as a collective recipient. */
  findCollective(name: string): number | null;
  /** A contest of the campaign by name (folded); null when there is none. */
  findContest(name: string): number | null;
  /** The campaign's contests, for the message when one is not found. */
  contestNames: string;
}

export type ListDraft =
  | { kind: 'works'; draft: WorkDraft }
  | { kind: 'initiatives'; draft: InitiativeDraft }
  | { kind: 'honours'; draft: HonourDraft }
  | { kind: 'contestants'; contestId: number; draft: ContestEntryDraft }
  | { kind: 'criteria'; draft: CriterionInput };

type Values = Record<string, unknown>;

const text = (values: Values, key: string) => (typeof values[key] === 'string' ? values[key] : '');
const union = (values: Values) => (values.union as { id: number; text: string } | undefined) ?? null;

function work(values: Values): ListDraft {
  return {
    kind: 'works',
    draft: workDraftSchema.parse({
      organizationId: union(values)?.id ?? null,
      name: text(values, 'name'),
      level: values.level ?? 'grassroots',
      value: values.value ?? null,
      status: values.status ?? 'completed',
      plaque: values.plaque ?? false,
      completedOn: values.completedOn ?? null,
      note: text(values, 'note'),
    }),
  };
}

function initiative(values: Values, lookups: ListLookups): ListDraft {
  const unit = union(values)?.text ?? '';
  const authors = ((values.authors as string[] | undefined) ?? []).map((name) => ({ memberId: lookups.findMember(name, unit), name }));
  return {
    kind: 'initiatives',
    draft: initiativeDraftSchema.parse({
      organizationId: union(values)?.id ?? null,
      title: text(values, 'title'),
      recognizedOn: values.recognizedOn ?? null,
      value: values.value ?? 0,
      note: text(values, 'note'),
      authors,
    }),
  };
}

function honour(values: Values, lookups: ListLookups): ListDraft {
  const name = text(values, 'recipientName');
  const recipientKind = values.recipientKind === 'collective' ? 'collective' : 'individual';
  const unit = union(values);
  return {
    kind: 'honours',
    draft: honourDraftSchema.parse({
      title: text(values, 'title'),
      recipientKind,
      memberId: recipientKind === 'individual' ? lookups.findMember(name, unit?.text ?? '') : null,
      organizationId: unit?.id ?? (recipientKind === 'collective' ? lookups.findCollective(name) : null),
      recipientName: name,
      honouredOn: values.honouredOn ?? null,
      note: text(values, 'note'),
    }),
  };
}

function contestant(ctx: RowContext, values: Values, lookups: ListLookups): ListDraft | null {
  const contestId = lookups.findContest(text(values, 'contest'));
  if (contestId === null) {
    ctx.report('contest', 'unknownContest', { value: text(values, 'contest'), allowed: lookups.contestNames });
    return null;
  }
  const name = text(values, 'contestantName');
  const contestantKind = values.contestantKind === 'collective' ? 'collective' : 'individual';
  const unit = union(values);
  return {
    kind: 'contestants',
    contestId,
    draft: contestEntryDraftSchema.parse({
      trade: text(values, 'trade'),
      contestantKind,
      memberId: contestantKind === 'individual' ? lookups.findMember(name, unit?.text ?? '') : null,
      contestantName: name,
      organizationId: unit?.id ?? null,
      enterpriseName: text(values, 'enterpriseName'),
      districtName: text(values, 'districtName'),
      result: values.result ?? 'none',
      prizeAmount: values.prizeAmount ?? 0,
    }),
  };
}

function criterion(ctx: RowContext, values: Values): ListDraft | null {
  // A row without points is a section heading unless the file says otherwise.
  const kind = (values.kind as string | undefined) ?? (values.maxPoints === undefined ? 'section' : 'criterion');
  const maxPoints = (values.maxPoints as number | undefined) ?? 0;
  if (kind !== 'section' && maxPoints <= 0) {
    ctx.report('maxPoints', 'required');
    return null;
  }
  return {
    kind: 'criteria',
    draft: criterionInputSchema.parse({
      kind,
      code: text(values, 'code'),
      content: text(values, 'content'),
      condition: text(values, 'condition'),
      evidence: text(values, 'evidence'),
      maxPoints,
    }),
  };
}

/** The row's draft for its kind, or null after reporting what the database refuses (an unknown contest). */
export function listDraft(kind: ListImportKind, ctx: RowContext, values: Values, lookups: ListLookups): ListDraft | null {
  switch (kind) {
    case 'works':
      return work(values);
    case 'initiatives':
      return initiative(values, lookups);
    case 'honours':
      return honour(values, lookups);
    case 'contestants':
      return contestant(ctx, values, lookups);
    case 'criteria':
      return criterion(ctx, values);
  }
}
