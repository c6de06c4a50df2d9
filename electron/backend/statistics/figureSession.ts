import type { FigureDefinition } from '../../../shared/statistics/catalogue';
import { previousPeriod, type ReportingPeriod } from '../../../shared/statistics/period';
import type { Db } from '../db/connection';
import { int, scalarStatement } from '../db/rows';
import { ownOfficeId } from '../organizations';
import { awardFigures } from './awardFigures';
import { careFigures } from './careFigures';
import { emulationFigures } from './emulationFigures';
import { unionsAtCutoff, type FigureContext, type SectionValues, type UnionAtCutoff } from './figureContext';
import { currentMemberCounts, memberFigures, undoMovements, type Counts, type CountsByUnion } from './memberFigures';
import { MemberLedger } from './memberLedger';
import { movementsAfter, periodMovementGroups, type MovementGroup } from './memberMovements';
import { organizationFigures } from './organizationFigures';
import { correctPartyAtCutoff } from './partyAtCutoff';

export interface FigureValues {
  values: Map<string, number | null>;
  extra: Map<string, FigureDefinition>;
}

/**
 * Figures for one or more periods and scopes. The members' current counts are read once; the
 * ledger's one pass over the movements from the year before's start gives both periods' flows and
 * the members at both cut-offs (today's counts with the later movements undone); an older year
 * (the report charts) reads only the movements the ledger does not hold yet.
 */
export class FigureSession {
  private readonly officeId: number | null;
  private readonly memo: MemberMemo;

  constructor(private readonly db: Db) {
    this.officeId = ownOfficeId(db);
    this.memo = memberMemo(db);
  }

  private currentMembers() {
    this.memo.current ??= currentMemberCounts(this.db);
    return this.memo.current;
  }

  private memberData(period: ReportingPeriod): { atCutoff: CountsByUnion; groups: MovementGroup[] } {
    const key = `${period.from}|${period.to}`;
    if (this.officeId === null) return { atCutoff: this.currentMembers(), groups: [] };
    this.prepare([period]);
    if (!this.memo.stocks.has(period.to)) {
      const placed = undoMovements(this.currentMembers(), movementsAfter(this.memo.ledger, period.to));
      this.memo.stocks.set(period.to, correctPartyAtCutoff(this.db, placed, period.to));
    }
    if (!this.memo.flows.has(key)) this.memo.flows.set(key, periodMovementGroups(this.db, this.officeId, period, this.memo.ledger));
    return { atCutoff: this.memo.stocks.get(period.to) ?? new Map(), groups: this.memo.flows.get(key) ?? [] };
  }

  /** Reads, in one pass, the movements the members figures of all these periods need. */
  prepare(periods: ReportingPeriod[]): void {
    if (this.officeId === null) return;
    this.memo.ledger.ensure(periods.flatMap((p) => [previousPeriod(p).to, p.to]));
  }

  private members(cx: FigureContext): SectionValues {
    const { atCutoff, groups } = this.memberData(cx.period);
    return memberFigures(cx, atCutoff, groups);
  }

  /** Our CĐCS at the period's cut-off, read once for the office and narrowed to a scope (each target's assignee). */
  private context(period: ReportingPeriod, scope: ReadonlySet<number> | null): FigureContext {
    const base = { db: this.db, period, officeId: this.officeId, scope };
    let unions = this.memo.unions.get(period.to);
    if (!unions) {
      unions = unionsAtCutoff({ ...base, scope: null });
      this.memo.unions.set(period.to, unions);
    }
    return { ...base, unions: scope ? unions.filter((union) => scope.has(union.id)) : unions };
  }

  /** All figures of the office (kept, like the members' counts, until the database changes: read them, never change them). */
  officeValues(period: ReportingPeriod): FigureValues {
    const key = `${period.year}|${period.from}|${period.to}`;
    const kept = this.memo.office.get(key);
    if (kept) return kept;
    const values = this.computeOfficeValues(period);
    this.memo.office.set(key, values);
    return values;
  }

  private computeOfficeValues(period: ReportingPeriod): FigureValues {
    const cx = this.context(period, null);
    const sections: SectionValues[] = [
      organizationFigures(cx),
      this.members(cx),
      emulationFigures(cx),
      awardFigures(cx),
      careFigures(cx),
    ];
    return merge(sections);
  }

  /** Our CĐCS at the cut-off with their members then (the register a package to the upper level carries). */
  unionRegister(period: ReportingPeriod): { union: UnionAtCutoff; members: Counts }[] {
    const cx = this.context(period, null);
    const { atCutoff } = this.memberData(period);
    return cx.unions.map((union) => ({ union, members: atCutoff.get(union.id) ?? { total: 0, female: 0, party: 0 } }));
  }

  /** The organisation and member figures restricted to some of our CĐCS (a target's assignee). */
  scopedValues(period: ReportingPeriod, scope: ReadonlySet<number>): FigureValues {
    const cx = this.context(period, scope);
    return merge([organizationFigures(cx), this.members(cx)]);
  }
}

interface MemberMemo {
  key: string;
  current?: CountsByUnion;
  ledger: MemberLedger;
  stocks: Map<string, CountsByUnion>;
  flows: Map<string, MovementGroup[]>;
  /** Our CĐCS at each cut-off asked. */
  unions: Map<string, UnionAtCutoff[]>;
  office: Map<string, FigureValues>;
}

const memos = new WeakMap<Db, MemberMemo>();
const totalChangesSql = scalarStatement('SELECT total_changes()', int);

/**
 * The members' counts, movement groups, CĐCS at a cut-off and the office's figures are kept until the database changes: any write on this
 * connection (total_changes) or a commit by another one (data_version) starts afresh.
 */
function memberMemo(db: Db): MemberMemo {
  const changes = totalChangesSql(db).one();
  const key = `${changes}|${String(db.pragma('data_version', { simple: true }))}`;
  const hit = memos.get(db);
  if (hit?.key === key) return hit;
  const memo: MemberMemo = { key, ledger: new MemberLedger(db), stocks: new Map(), flows: new Map(), unions: new Map(), office: new Map() };
  memos.set(db, memo);
  return memo;
}

/** Drops the kept counts (the benchmark times the computation from scratch with it). */
export function forgetMemberMemo(db: Db): void {
  memos.delete(db);
}

function merge(sections: SectionValues[]): FigureValues {
  const values = new Map<string, number | null>();
  const extra = new Map<string, FigureDefinition>();
  for (const section of sections) {
    for (const [code, value] of section.values) values.set(code, value);
    for (const [code, definition] of section.extra ?? []) extra.set(code, definition);
  }
  return { values, extra };
}
