import { campaignDemoWriters } from '../campaigns';
import type { DomainSeedContext } from './domainSeed';
import { columns, int, intOrNull, query, text } from '../db/rows';
import {
  DISTRICTS, ENTERPRISE_KINDS, ENTERPRISE_WORDS, INITIATIVE_NAMES, PEAK_LAST_YEAR, PEAK_THIS_YEAR, PRIZE_MONEY,
  REGULAR_CAMPAIGNS, TRADES, WORK_NAMES, type PeakFigures,
} from './campaignsDemo';

interface Person {
  /** Null for a typed name (a small office has fewer members than the figures need). */
  id: number | null;
  name: string;
  unionId: number;
}

/** At most `limit` members spread over the id range: one indexed seek each, never a scan of all members. */
function samplePeople(cx: DomainSeedContext, limit: number): Person[] {
  const range = query(cx.db, 'SELECT min(id) AS lo, max(id) AS hi FROM members', columns({ lo: intOrNull, hi: intOrNull })).one();
  // "+status" keeps SQLite on the rowid: with the status index it sorts every active member per seek.
  const seek = query(
    cx.db,
    "SELECT id, full_name AS name, organization_id AS unionId FROM members WHERE id >= ? AND +status = 'active' ORDER BY id LIMIT 1",
    columns({ id: int, name: text, unionId: int }),
  );
  const seen = new Map<number, Person & { id: number }>();
  for (let i = 0; range.lo !== null && range.hi !== null && i < limit * 2 && seen.size < limit; i++) {
    const row = seek.get(cx.rng.int(range.lo, range.hi));
    if (row) seen.set(row.id, row);
  }
  const people: Person[] = [...seen.values()];
  const unions = cx.unions.map((u) => u.id);
  for (let i = people.length; i < limit && unions.length > 0; i++) people.push({ id: null, name: `Người lao động số ${i + 1}`, unionId: cx.rng.pick(unions) });
  return people;
}

function enterpriseNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = ENTERPRISE_KINDS[i % ENTERPRISE_KINDS.length]!;
    const word = ENTERPRISE_WORDS[Math.floor(i / ENTERPRISE_KINDS.length) % ENTERPRISE_WORDS.length]!;
    const round = Math.floor(i / (ENTERPRISE_KINDS.length * ENTERPRISE_WORDS.length));
    return round === 0 ? `${kind} ${word}` : `${kind} ${word} ${round + 1}`;
  });
}

type Statements = ReturnType<typeof campaignDemoWriters>;

const id = (info: { lastInsertRowid: number | bigint }) => Number(info.lastInsertRowid);

function peakCampaign(cx: DomainSeedContext, st: Statements, year: number, f: PeakFigures, people: Person[], unionIds: number[], planNumber: string) {
  const campaignId = id(
    st.campaign.run({
      year, name: `Đợt thi đua cao điểm 150 ngày chào mừng Đại hội Công đoàn các cấp năm ${year}`, kind: 'peak',
      startsOn: `${year}-05-01`, endsOn: `${year}-09-30`, planNumber, planDate: `${year}-04-28`, launchedBy: 'upper',
      goals: 'Thi đua lập thành tích chào mừng Đại hội; mỗi CĐCS có ít nhất một công trình, phần việc.', targets: 'Các CĐCS, đoàn viên và người lao động', at: cx.at,
    }),
  );
  const union = () => (unionIds.length ? cx.rng.pick(unionIds) : null);
  const day = () => cx.rng.isoDateBetween(`${year}-05-01`, `${year}-09-30`);
  for (let i = 0; i < f.grassrootsWorks + f.upperWorks; i++) {
    const upper = i >= f.grassrootsWorks;
    const plaque = upper && i - f.grassrootsWorks < f.plaques ? 1 : 0;
    const value = cx.rng.int(upper ? 200 : 5, upper ? 3000 : 300) * 1_000_000;
    st.work.run(campaignId, union(), `${cx.rng.pick(WORK_NAMES)} (${i + 1})`, upper ? 'upper' : 'grassroots', value, 'completed', plaque, day());
  }
  const authors = people.slice(0, f.initiativeAuthors);
  for (let a = 0; a < authors.length; ) {
    const pair = cx.rng.chance(0.25) && a + 1 < authors.length ? 2 : 1;
    const first = authors[a]!;
    const initiativeId = id(st.initiative.run(campaignId, first.unionId, cx.rng.pick(INITIATIVE_NAMES), day(), cx.rng.int(10, 500) * 1_000_000));
    for (const author of authors.slice(a, a + pair)) st.author.run(initiativeId, author.id, author.name);
    a += pair;
  }
  contest(cx, st, campaignId, year, f, people);
  const honoured = (title: string, from: number, count: number) => {
    for (const person of people.slice(from, from + count)) st.honour.run(campaignId, title, 'individual', person.id, person.unionId, person.name, `${year}-10-15`);
  };
  honoured('Công nhân giỏi', f.initiativeAuthors, f.goodWorkers);
  honoured('Chủ tịch CĐCS tiêu biểu', f.initiativeAuthors + f.goodWorkers, f.outstandingChairs);
  for (const author of authors) st.honour.run(campaignId, 'Người lao động có sáng kiến tiêu biểu', 'individual', author.id, author.unionId, author.name, `${year}-10-15`);
  for (const unionId of unionIds.slice(0, 200)) st.registration.run(campaignId, unionId, null, '', `${year}-05-05`, 'Ít nhất một công trình, phần việc chào mừng Đại hội');
}

function contest(cx: DomainSeedContext, st: Statements, campaignId: number, year: number, f: PeakFigures, people: Person[]) {
  const contestId = id(st.contest.run(campaignId, `Hội thi thợ giỏi năm ${year}`, `${year}-08-10`, `${year}-08-20`));
  const enterprises = enterpriseNames(f.enterprises);
  const results: (keyof typeof PRIZE_MONEY)[][] = TRADES.map(() => []);
  const kinds = ['first', 'second', 'third', 'consolation'] as const;
  TRADES.forEach((_, t) => kinds.forEach((kind, k) => results[t]!.push(...Array<keyof typeof PRIZE_MONEY>(f.prizesPerTrade[k] ?? 0).fill(kind))));
  for (let x = 0; x < f.extraConsolation; x++) results[x % TRADES.length]!.push('consolation');
  const contestants = people.slice(-f.contestants);
  for (let i = 0; i < f.contestants; i++) {
    const t = i % TRADES.length;
    const result = results[t]!.shift() ?? 'none';
    const person = contestants[i];
    st.entry.run(contestId, TRADES[t]!, person?.id ?? null, person?.name ?? `Thí sinh số ${i + 1}`, enterprises[i % enterprises.length]!, DISTRICTS[i % f.districts]!, result, result === 'none' ? 0 : PRIZE_MONEY[result]);
  }
}

function regularCampaigns(cx: DomainSeedContext, st: Statements, year: number, people: Person[], unionIds: number[], registrations: number) {
  REGULAR_CAMPAIGNS.forEach((c, index) => {
    const campaignId = id(
      st.campaign.run({
        year, name: c.name, kind: 'regular', startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, planNumber: `${12 + index}/KH-LĐLĐ`,
        planDate: `${year}-01-15`, launchedBy: index === 0 ? 'national' : 'own_office', goals: '', targets: c.targets, at: cx.at,
      }),
    );
    for (const unionId of unionIds.slice(0, registrations)) st.registration.run(campaignId, unionId, null, '', `${year}-02-01`, 'Đăng ký thi đua cả năm');
    for (const person of people.slice(index * 5, index * 5 + 5)) st.registration.run(campaignId, person.unionId, person.id, person.name, `${year}-02-01`, 'Lao động giỏi');
    regularOutcomes(cx, st, index, campaignId, year, people, unionIds);
  });
}

/** A few outcomes for the regular campaigns, so their rows are not empty: initiatives, green works, honours. */
function regularOutcomes(cx: DomainSeedContext, st: Statements, index: number, campaignId: number, year: number, people: Person[], unionIds: number[]) {
  const day = () => cx.rng.isoDateBetween(`${year}-03-01`, `${year}-11-30`);
  if (index === 0) {
    for (const person of people.slice(300, 330)) {
      const initiativeId = id(st.initiative.run(campaignId, person.unionId, cx.rng.pick(INITIATIVE_NAMES), day(), cx.rng.int(5, 200) * 1_000_000));
      st.author.run(initiativeId, person.id, person.name);
    }
  } else if (index === 1) {
    for (let i = 0; i < 40 && unionIds.length > 0; i++) st.work.run(campaignId, cx.rng.pick(unionIds), `${cx.rng.pick(['Trồng cây xanh', 'Cải tạo khuôn viên xanh', 'Cải tạo nhà vệ sinh công nhân'])} (${i + 1})`, 'grassroots', cx.rng.int(5, 80) * 1_000_000, 'completed', 0, day());
  } else if (index === 2) {
    for (const person of people.slice(330, 360)) st.honour.run(campaignId, 'Giỏi việc nước, đảm việc nhà', 'individual', person.id, person.unionId, person.name, `${year}-10-20`);
  }
}

/** Demo data of the campaigns domain, in the spirit of the seed articles (../shared/DOMAIN.md). */
export function seedCampaigns(cx: DomainSeedContext): void {
  const st = campaignDemoWriters(cx.db);
  const people = samplePeople(cx, 600);
  const unionIds = cx.unions.slice(0, 300).map((u) => u.id);
  regularCampaigns(cx, st, cx.year, people, unionIds, 300);
  peakCampaign(cx, st, cx.year, PEAK_THIS_YEAR, people, unionIds, '80/KH-LĐLĐ');
  regularCampaigns(cx, st, cx.year - 1, people, unionIds, 150);
  peakCampaign(cx, st, cx.year - 1, PEAK_LAST_YEAR, cx.rng.shuffled(people), unionIds, '65/KH-LĐLĐ');
}
