import type {
  Contest,
  ContestDraft,
  ContestEntry,
  ContestEntryDraft,
  Honour,
  HonourDraft,
  Initiative,
  InitiativeDraft,
  Registration,
  RegistrationDraft,
  Work,
  WorkDraft,
} from '../../../shared/campaigns/model';
import { AppError } from '../core/appError';
import type { Db } from '../db/connection';
import { requireCampaign } from './campaignService';
import { checkMoney, checkRange, checkUnion, memberName, unionName } from './links';
import type { OutcomeKind } from './outcomeStore';
import { columns, int, intOrNull, query, text, textOrNull } from '../db/rows';

const unionColumns = { organization_id: intOrNull, organization_name: textOrNull } as const;

const requireCampaignParent = (db: Db, id: number) => void requireCampaign(db, id);
const withUnion = (table: string, columns: string) =>
  `SELECT ${columns}, o.name AS organization_name FROM ${table} t LEFT JOIN organizations o ON o.id = t.organization_id`;

export const registrationKind: OutcomeKind<RegistrationDraft, Registration> = {
  table: 'campaign_registrations',
  parent: 'campaign_id',
  select: `SELECT t.id, t.organization_id, t.member_id, t.person_name, t.registered_on, t.commitment,
      o.name AS organization_name, m.full_name AS member_name
    FROM campaign_registrations t LEFT JOIN organizations o ON o.id = t.organization_id LEFT JOIN members m ON m.id = t.member_id`,
  row: columns({
    id: int,
    ...unionColumns,
    member_id: intOrNull,
    person_name: text,
    registered_on: textOrNull,
    commitment: text,
    member_name: textOrNull,
  }),
  searchColumn: "coalesce(o.name, '') || ' ' || t.person_name || ' ' || t.commitment",
  requireParent: requireCampaignParent,
  check(db, draft) {
    checkUnion(db, draft.organizationId);
    const name = memberName(db, draft.memberId);
    if (draft.organizationId === null && name === null && !draft.personName) throw new AppError('CAMPAIGN_REGISTRANT_REQUIRED');
    return { ...draft, personName: name ?? draft.personName };
  },
};

export const workKind: OutcomeKind<WorkDraft, Work> = {
  table: 'campaign_works',
  parent: 'campaign_id',
  select: withUnion('campaign_works', 't.id, t.organization_id, t.name, t.level, t.value, t.status, t.plaque, t.completed_on, t.note'),
  row: columns({
    id: int,
    ...unionColumns,
    name: text,
    level: text,
    value: intOrNull,
    status: text,
    plaque: int,
    completed_on: textOrNull,
    note: text,
  }),
  searchColumn: 't.name',
  booleans: ['plaque'],
  requireParent: requireCampaignParent,
  check(db, draft) {
    if (!draft.name) throw new AppError('CAMPAIGN_WORK_NAME_REQUIRED');
    checkMoney(draft.value, 'CAMPAIGN_NEGATIVE_VALUE');
    checkUnion(db, draft.organizationId);
    return draft;
  },
};

export const initiativeKind: OutcomeKind<InitiativeDraft, Initiative> = {
  table: 'initiatives',
  parent: 'campaign_id',
  select: withUnion('initiatives', 't.id, t.organization_id, t.title, t.recognized_on, t.value, t.note'),
  row: columns({ id: int, ...unionColumns, title: text, recognized_on: textOrNull, value: int, note: text }),
  searchColumn: 't.title',
  requireParent: requireCampaignParent,
  check(db, draft) {
    if (!draft.title) throw new AppError('CAMPAIGN_INITIATIVE_TITLE_REQUIRED');
    checkMoney(draft.value, 'CAMPAIGN_NEGATIVE_VALUE');
    checkUnion(db, draft.organizationId);
    const authors = draft.authors.map((author, index) => {
      const name = memberName(db, author.memberId) ?? author.name;
      if (!name) throw new AppError('CAMPAIGN_AUTHOR_REQUIRED', { row: index + 1 });
      return { memberId: author.memberId, name };
    });
    return { ...draft, authors };
  },
  writeNested(db, id, draft) {
    db.prepare('DELETE FROM initiative_authors WHERE initiative_id = ?').run(id);
    const insert = db.prepare('INSERT INTO initiative_authors (initiative_id, member_id, name) VALUES (?, ?, ?)');
    for (const author of draft.authors) insert.run(id, author.memberId, author.name);
  },
  decorate(db, items) {
    if (items.length === 0) return items;
    const rows = query(
      db,
      `SELECT initiative_id, member_id, name FROM initiative_authors WHERE initiative_id IN (${items.map(() => '?').join(',')}) ORDER BY id`,
      columns({ initiative_id: int, member_id: intOrNull, name: text }),
    ).all(...items.map((i) => i.id));
    return items.map((item) => ({
      ...item,
      authors: rows.filter((r) => r.initiative_id === item.id).map((r) => ({ memberId: r.member_id, name: r.name })),
    }));
  },
};

export const contestKind: OutcomeKind<ContestDraft, Contest> = {
  table: 'contests',
  parent: 'campaign_id',
  select: `SELECT t.id, t.name, t.held_from, t.held_to, t.note,
      (SELECT count(*) FROM contest_entries e WHERE e.contest_id = t.id) AS entries,
      (SELECT count(*) FROM contest_entries e WHERE e.contest_id = t.id AND e.result <> 'none') AS prize_winners,
      (SELECT coalesce(sum(e.prize_amount), 0) FROM contest_entries e WHERE e.contest_id = t.id) AS prize_money
    FROM contests t`,
  row: columns({
    id: int,
    name: text,
    held_from: textOrNull,
    held_to: textOrNull,
    note: text,
    entries: int,
    prize_winners: int,
    prize_money: int,
  }),
  searchColumn: 't.name',
  requireParent: requireCampaignParent,
  check(_db, draft) {
    if (!draft.name) throw new AppError('CAMPAIGN_CONTEST_NAME_REQUIRED');
    checkRange(draft.heldFrom, draft.heldTo);
    return draft;
  },
};

export const contestEntryKind: OutcomeKind<ContestEntryDraft, ContestEntry> = {
  table: 'contest_entries',
  parent: 'contest_id',
  select: withUnion(
    'contest_entries',
    't.id, t.contest_id, t.trade, t.contestant_kind, t.member_id, t.contestant_name, t.organization_id, t.enterprise_name, t.district_name, t.result, t.prize_amount',
  ),
  row: columns({
    id: int,
    contest_id: int,
    trade: text,
    contestant_kind: text,
    member_id: intOrNull,
    contestant_name: text,
    ...unionColumns,
    enterprise_name: text,
    district_name: text,
    result: text,
    prize_amount: int,
  }),
  searchColumn: "t.contestant_name || ' ' || t.enterprise_name || ' ' || t.trade",
  requireParent(db, id) {
    if (db.prepare('SELECT 1 FROM contests WHERE id = ?').get(id) === undefined) throw new AppError('CAMPAIGN_CONTEST_NOT_FOUND', { id });
  },
  check(db, draft) {
    checkMoney(draft.prizeAmount, 'CAMPAIGN_NEGATIVE_PRIZE');
    const name = memberName(db, draft.memberId) ?? (draft.contestantName || draft.enterpriseName);
    if (!name) throw new AppError('CAMPAIGN_CONTESTANT_REQUIRED');
    const union = unionName(db, draft.organizationId);
    // An enterprise that competes as itself is also one of the enterprises counted.
    const enterprise = draft.enterpriseName || union || (draft.contestantKind === 'collective' ? name : '');
    return { ...draft, contestantName: name, enterpriseName: enterprise };
  },
};

export const honourKind: OutcomeKind<HonourDraft, Honour> = {
  table: 'campaign_honours',
  parent: 'campaign_id',
  select: withUnion('campaign_honours', 't.id, t.title, t.recipient_kind, t.member_id, t.organization_id, t.recipient_name, t.honoured_on, t.note'),
  row: columns({
    id: int,
    title: text,
    recipient_kind: text,
    member_id: intOrNull,
    ...unionColumns,
    recipient_name: text,
    honoured_on: textOrNull,
    note: text,
  }),
  searchColumn: "t.recipient_name || ' ' || t.title",
  requireParent: requireCampaignParent,
  check(db, draft) {
    if (!draft.title) throw new AppError('CAMPAIGN_HONOUR_TITLE_REQUIRED');
    const person = memberName(db, draft.memberId);
    const union = unionName(db, draft.organizationId);
    const chosen = draft.recipientKind === 'collective' ? (union ?? person) : (person ?? union);
    const name = (draft.recipientKind === 'individual' ? person : null) ?? (draft.recipientName || chosen);
    if (!name) throw new AppError('CAMPAIGN_RECIPIENT_REQUIRED');
    return { ...draft, recipientName: name };
  },
};
