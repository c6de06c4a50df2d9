import type { DomainSeedContext } from './domainSeed';
import { int, scalar } from '../db/rows';

interface SeedTarget {
  code: string;
  name: string;
  unit: string;
  target: number;
  metric: string | null;
  manual?: number;
}

/** Upper-level targets of the year, in the spirit of the articles (new members, CĐCS, % hoàn thành xuất sắc nhiệm vụ …). */
function yearTargets(cx: DomainSeedContext, members: number): SeedTarget[] {
  const unions = cx.unions.length;
  const round = (n: number, step: number) => Math.max(step, Math.round(n / step) * step);
  return [
    { code: 'CT01', name: 'Kết nạp đoàn viên mới', unit: 'đoàn viên', target: round(members * 0.2, 10), metric: 'members.admitted' },
    { code: 'CT02', name: 'Thành lập mới công đoàn cơ sở', unit: 'CĐCS', target: Math.max(1, Math.round(unions * 0.04)), metric: 'unions.founded' },
    { code: 'CT03', name: 'Tỷ lệ CĐCS hoàn thành xuất sắc nhiệm vụ', unit: '%', target: 70, metric: 'unions.strongPercent' },
    { code: 'CT04', name: 'Tổng số đoàn viên', unit: 'đoàn viên', target: round(members * 1.02, 10), metric: 'members.total' },
    { code: 'CT05', name: 'Ký mới thỏa ước lao động tập thể', unit: 'bản', target: Math.max(2, Math.round(unions * 0.1)), metric: 'agreements.collective', manual: Math.max(3, Math.round(unions * 0.155)) },
    { code: 'CT06', name: 'Tổ chức đối thoại tại nơi làm việc', unit: 'cuộc', target: Math.max(3, Math.round(unions * 0.3)), metric: 'dialogues.held', manual: Math.max(2, Math.round(unions * 0.27)) },
    { code: 'CT07', name: 'Sáng kiến được công nhận', unit: 'sáng kiến', target: Math.max(5, Math.round(unions * 0.5)), metric: 'emulation.initiatives' },
    { code: 'CT08', name: 'Công trình, phần việc chào mừng', unit: 'công trình', target: Math.max(5, Math.round(unions * 0.8)), metric: 'emulation.works.grassroots' },
    { code: 'CT09', name: 'Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp', unit: 'người', target: Math.max(3, Math.round(unions * 0.2)), metric: null, manual: Math.max(4, Math.round(unions * 0.22)) },
  ];
}

/** Targets of the seed year (a few typed actuals) and care activities of the seed year and the year before. */
export function seedStatistics(cx: DomainSeedContext): void {
  const members = scalar(cx.db, "SELECT count(*) FROM members WHERE status = 'active'", int).one();
  const insertTarget = cx.db.prepare(
    `INSERT INTO targets (year, code, name, unit, target, assigned_by, assignee_organization_id, metric, manual_actual, manual_by, manual_at, position, created_at, updated_at)
     VALUES (@year, @code, @name, @unit, @target, @assignedBy, @org, @metric, @manual, @manualBy, @manualAt, @position, @at, @at)`,
  );
  const manualAt = `${cx.year}-11-25T09:00:00.000Z`;
  yearTargets(cx, members).forEach((t, index) =>
    insertTarget.run({
      year: cx.year,
      code: t.code,
      name: t.name,
      unit: t.unit,
      target: t.target,
      assignedBy: 'upper',
      org: null,
      metric: t.metric,
      manual: t.manual ?? null,
      manualBy: t.manual === undefined ? null : 'Văn phòng',
      manualAt: t.manual === undefined ? null : manualAt,
      position: index + 1,
      at: cx.at,
    }),
  );
  // Our office passes the admission target on to a few CĐCS.
  const picked = [...cx.unions].sort((a, b) => b.workersTotal - a.workersTotal || a.id - b.id).slice(0, 5);
  picked.forEach((union, index) =>
    insertTarget.run({
      year: cx.year,
      code: 'CT01',
      name: 'Kết nạp đoàn viên mới',
      unit: 'đoàn viên',
      target: Math.max(2, Math.round(union.workersTotal * 0.04)),
      assignedBy: 'own_office',
      org: union.id,
      metric: 'members.admitted',
      manual: null,
      manualBy: null,
      manualAt: null,
      position: 100 + index,
      at: cx.at,
    }),
  );
  seedCare(cx, members);
}

function seedCare(cx: DomainSeedContext, members: number): void {
  const insert = cx.db.prepare(
    `INSERT INTO care_activities (year, kind, name, held_on, organization_id, people, amount, note, created_at)
     VALUES (@year, @kind, @name, @heldOn, @org, @people, @amount, '', @at)`,
  );
  for (const year of [cx.year - 1, cx.year]) {
    const scale = year === cx.year ? 1 : 0.85;
    const tetPeople = Math.max(20, Math.round(members * 0.02 * scale));
    insert.run({ year, kind: 'tet', name: `Chương trình "Tết Sum vầy" Xuân ${year}`, heldOn: `${year}-01-${String(cx.rng.int(10, 25)).padStart(2, '0')}`, org: null, people: tetPeople, amount: tetPeople * 500_000, at: cx.at });
    insert.run({ year, kind: 'tet', name: `Trao vé xe cho đoàn viên về quê đón Tết ${year}`, heldOn: `${year}-01-${String(cx.rng.int(5, 20)).padStart(2, '0')}`, org: null, people: Math.round(tetPeople / 4), amount: Math.round(tetPeople / 4) * 400_000, at: cx.at });
    const shelters = Math.max(1, Math.round(cx.unions.length * 0.01 * scale));
    for (let i = 0; i < Math.min(shelters, 20); i++) {
      const union = cx.unions[cx.rng.int(0, Math.max(0, cx.unions.length - 1))];
      insert.run({ year, kind: 'shelter', name: 'Trao "Mái ấm Công đoàn"', heldOn: cx.rng.isoDateBetween(`${year}-03-01`, `${year}-11-15`), org: union?.id ?? null, people: 1, amount: 50_000_000, at: cx.at });
    }
    insert.run({ year, kind: 'sickness', name: 'Thăm hỏi đoàn viên ốm đau, tai nạn', heldOn: null, org: null, people: Math.max(5, Math.round(members * 0.003 * scale)), amount: Math.max(5, Math.round(members * 0.003 * scale)) * 1_000_000, at: cx.at });
  }
}
