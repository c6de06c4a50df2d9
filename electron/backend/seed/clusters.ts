import { DEFAULT_BANDS } from '../../../shared/clusters/bands';
import { DEFAULT_TIE_RULES } from '../../../shared/clusters/ranking';
import { clusterDemoWriters, rankSheet } from '../clusters';
import type { DomainSeedContext } from './domainSeed';
import { SEED_CRITERIA, SEED_PLEDGE_BODY } from './clustersTable';
import { columns, int, query, scalar, text } from '../db/rows';

const PEER_DISTRICTS = ['Chương Mỹ', 'Mỹ Đức', 'Phú Xuyên', 'Ứng Hòa', 'Thanh Oai', 'Thường Tín'];
/** Who led the peer cluster, counting back from the seed year: Chương Mỹ leads this year. */
const PEER_LEADERS = ['Chương Mỹ', 'Thường Tín', 'Mỹ Đức'];
const PEER_DEPUTIES = ['Ứng Hòa', 'Chương Mỹ', 'Phú Xuyên'];
const UNITS_PER_BLOCK = 24;

interface Unit {
  organizationId: number | null;
  name: string;
}

/** Demo clusters: the peer cluster of six district federations and two blocks of our CĐCS, for two years. */
export function seedClusters(cx: DomainSeedContext): void {
  const { db, rng, at } = cx;
  const office = query(db, 'SELECT id, name FROM organizations WHERE id = ?', columns({ id: int, name: text })).one(cx.officeId);
  const peers: Unit[] = PEER_DISTRICTS.map((d) => (office.name.includes(d) ? { organizationId: office.id, name: office.name } : { organizationId: null, name: `Liên đoàn Lao động huyện ${d}` }));
  if (!peers.some((p) => p.organizationId === office.id)) peers.push({ organizationId: office.id, name: office.name });
  const districtOf = (u: Unit) => PEER_DISTRICTS.find((d) => u.name.includes(d)) ?? '';

  const nameOf = scalar(db, 'SELECT name FROM organizations WHERE id = ?', text);
  const pickUnions = (sectors: string[]) =>
    rng
      .shuffled(cx.unions.filter((u) => sectors.includes(u.sector)))
      .slice(0, UNITS_PER_BLOCK)
      .sort((a, b) => a.id - b.id)
      .map((u): Unit => ({ organizationId: u.id, name: nameOf.one(u.id) }));
  const blocks = [
    { name: 'Khối các CĐCS hành chính, sự nghiệp', units: pickUnions(['public_service', 'professional_union']) },
    { name: 'Khối các CĐCS doanh nghiệp', units: pickUnions(['private_enterprise', 'fdi_enterprise', 'state_enterprise']) },
  ].filter((b) => b.units.length >= 2);

  const { insertCluster, insertMember, insertPledge, insertSheet, insertCriterion, insertBand, insertScore, upsertRating, fillRatings } = clusterDemoWriters(db);
  const half = (v: number) => Math.round(v * 2) / 2;

  const writeCluster = (year: number, name: string, kind: 'cluster' | 'block', scope: 'own_unions' | 'peers', units: Unit[], leader: number, deputy: number, flagCount: number) => {
    const clusterId = Number(insertCluster.run(year, name, kind, scope, at, at).lastInsertRowid);
    const memberIds = units.map((u, i) => Number(insertMember.run(clusterId, u.organizationId, u.name, i === leader ? 'leader' : i === deputy ? 'deputy' : 'member', i).lastInsertRowid));
    insertPledge.run(clusterId, `01/GƯTĐ-${kind === 'cluster' ? 'CTĐ' : 'KTĐ'}`, `${year}-02-${String(rng.int(15, 27)).padStart(2, '0')}`, 'Hà Nội', SEED_PLEDGE_BODY, at);
    const sheetId = Number(insertSheet.run(year, clusterId, `Bảng chấm điểm thi đua ${name} năm ${year}`, JSON.stringify(DEFAULT_TIE_RULES), flagCount, at, at).lastInsertRowid);
    let section: number | null = null;
    const criteria = SEED_CRITERIA.map((c, position) => {
      const id = Number(insertCriterion.run(sheetId, c.kind === 'section' ? null : section, position, c.kind, c.code, c.content, c.condition ?? '', c.evidence ?? '', c.max).lastInsertRowid);
      if (c.kind === 'section') section = id;
      return { id, ...c };
    });
    for (const b of DEFAULT_BANDS) insertBand.run(sheetId, b.rating, b.label, b.minPoints, b.maxPoints);
    for (const memberId of memberIds) {
      const quality = rng.float(0.7, 1);
      for (const c of criteria) {
        if (c.kind === 'section') continue;
        let agreed: number;
        if (c.kind === 'bonus') agreed = rng.chance(0.3) ? half(rng.float(1, c.max)) : 0;
        else if (c.kind === 'deduction') agreed = rng.chance(0.25) ? half(rng.float(0.5, 4)) : 0;
        else agreed = Math.min(c.max, half(c.max * Math.min(1, quality + rng.float(-0.08, 0.08))));
        const self = c.kind === 'deduction' ? agreed : Math.min(c.max, agreed + (rng.chance(0.4) ? 0.5 : 0));
        insertScore.run(c.id, memberId, self, agreed, at);
      }
    }
    if (scope === 'own_unions') {
      for (const r of rankSheet(db, sheetId)) if (r.organizationId !== null && r.rating !== null) upsertRating.run(r.organizationId, year, r.rating, sheetId, r.agreedTotal, at);
    }
  };

  for (let back = 1; back >= 0; back--) {
    const year = cx.year - back;
    const leader = peers.findIndex((p) => districtOf(p) === PEER_LEADERS[back]);
    const deputy = peers.findIndex((p) => districtOf(p) === PEER_DEPUTIES[back]);
    writeCluster(year, 'Cụm thi đua số 5 - LĐLĐ các huyện phía Nam', 'cluster', 'peers', peers, leader, deputy, 1);
    for (const block of blocks) writeCluster(year, block.name, 'block', 'own_unions', block.units, back % block.units.length, (back + 1) % block.units.length, 2);
  }

  for (const year of [cx.year - 1, cx.year]) fillRatings.run({ year, at, office: cx.officeId, yearStart: `${year}-01-01` });
}
