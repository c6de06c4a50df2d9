import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import type { Channel, Input } from '../../../shared/ipc/contract';
import { call, readDb, useTempDirs } from '../../fixtures/backend';
import { awardsOffice, person } from '../awards/helpers';

const temp = useTempDirs();

type Office = Awaited<ReturnType<typeof awardsOffice>> & { ids: Record<string, number> };
interface Step<C extends Channel = Channel> {
  channel: C;
  input: (o: Office) => Input<C>;
  /** The audit entity the change must leave a row under. */
  entity: string;
  keep?: (o: Office, output: unknown) => void;
}
const step = <C extends Channel>(s: Step<C>): Step => s as unknown as Step;

/** Every write channel of the record screens, in an order that lets each use what the previous made. */
const STEPS: Step[] = [
  step({ channel: 'settings:update', input: () => ({ 'office.placeName': 'Hà Nội' }), entity: 'settings' }),
  step({ channel: 'unions:save', input: () => ({ draft: { name: 'Công đoàn cơ sở Công ty Điện lực' } }), entity: 'organizations', keep: (o, out) => (o.ids.union = (out as { id: number }).id) }),
  step({ channel: 'unions:save', input: (o) => ({ id: o.ids.union!, draft: { name: 'Công đoàn cơ sở Công ty Điện lực Chương Mỹ' } }), entity: 'organizations' }),
  step({ channel: 'members:admit', input: (o) => ({ draft: { organizationId: o.ids.union!, fullName: 'Lê Văn Tám' }, date: '2025-02-01', decisionNo: '' }), entity: 'members', keep: (o, out) => (o.ids.member = (out as { id: number }).id) }),
  step({ channel: 'members:transferIn', input: (o) => ({ draft: { organizationId: o.a.id, fullName: 'Ngô Thị Mười' }, date: '2025-02-02', decisionNo: '', fromName: 'CĐCS ngoài đơn vị' }), entity: 'members' }),
  step({ channel: 'members:update', input: (o) => ({ id: o.ids.member!, draft: { organizationId: o.ids.union!, fullName: 'Lê Văn Tám', phone: '0912000111' } }), entity: 'members' }),
  step({ channel: 'members:transfer', input: (o) => ({ memberIds: [o.ids.member!], toOrganizationId: o.a.id, date: '2025-02-10' }), entity: 'members' }),
  step({ channel: 'members:end', input: (o) => ({ memberIds: [o.hang], kind: 'left', date: '2025-02-11' }), entity: 'members' }),
  step({ channel: 'members:delete', input: (o) => ({ ids: [o.binh] }), entity: 'members' }),
  step({ channel: 'unions:move', input: (o) => ({ id: o.b.id, managerName: 'Công đoàn phường Xuân Mai', date: '2025-03-20', decisionNo: '' }), entity: 'organizations' }),
  step({ channel: 'unions:dissolve', input: (o) => ({ id: o.ids.union!, date: '2025-03-21', decisionNo: '15/QĐ-CĐP' }), entity: 'organizations' }),
  step({ channel: 'awardDecisions:save', input: (o) => ({ draft: { number: '10/QĐ-CĐP', decidedOn: '2025-03-05', formKindId: o.kind('GK') }, recipients: [person('Nguyễn Văn A')] }), entity: 'award_decisions', keep: (o, out) => (o.ids.decision = (out as { id: number }).id) }),
  step({ channel: 'awardDecisions:save', input: (o) => ({ id: o.ids.decision!, draft: { number: '11/QĐ-CĐP', decidedOn: '2025-03-05', formKindId: o.kind('GK') }, recipients: [person('Nguyễn Văn A')] }), entity: 'award_decisions' }),
  step({ channel: 'awardDecisions:delete', input: (o) => ({ id: o.ids.decision! }), entity: 'award_decisions' }),
  step({ channel: 'clusters:save', input: () => ({ draft: { year: 2025, name: 'Khối Giáo dục', kind: 'block', scope: 'own_unions' } }), entity: 'clusters', keep: (o, out) => (o.ids.cluster = (out as { id: number }).id) }),
  step({ channel: 'clusters:setMembers', input: (o) => ({ id: o.ids.cluster!, members: [{ organizationId: o.a.id, name: o.a.name, role: 'leader' }] }), entity: 'cluster_members' }),
  step({ channel: 'clusters:copyToNextYear', input: (o) => ({ id: o.ids.cluster! }), entity: 'clusters' }),
  step({ channel: 'clusters:delete', input: (o) => ({ id: o.ids.cluster! }), entity: 'clusters' }),
  step({ channel: 'campaigns:save', input: () => ({ draft: { year: 2025, name: 'Đợt thi đua cao điểm', kind: 'peak', startsOn: '2025-05-01', endsOn: '2025-09-30', launchedBy: 'upper' } }), entity: 'campaigns', keep: (o, out) => (o.ids.campaign = (out as { id: number }).id) }),
  step({ channel: 'campaigns:delete', input: (o) => ({ id: o.ids.campaign! }), entity: 'campaigns' }),
  step({ channel: 'targets:save', input: () => ({ draft: { year: 2025, code: 'CT01', name: 'Kết nạp đoàn viên mới', unit: 'đoàn viên', target: 4, metric: 'members.admitted' } }), entity: 'targets', keep: (o, out) => (o.ids.target = (out as { id: number }).id) }),
  step({ channel: 'targets:delete', input: (o) => ({ id: o.ids.target! }), entity: 'targets' }),
  step({ channel: 'baseSalary:save', input: () => ({ effectiveFrom: '2027-07-01', amount: 2_700_000, legalBasis: 'NĐ mới' }), entity: 'base_salaries' }),
];

const auditCount = (backend: Backend, entity: string) =>
  readDb(backend.dbFile, (db) => db.prepare('SELECT count(*) FROM audit_log WHERE entity = ?').pluck().get(entity) as number);

describe('every write path leaves an audit row', () => {
  it('walks the write channels in order; each adds a row under its entity', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const office: Office = { ...(await awardsOffice(backend)), ids: {} };
    const silent: string[] = [];
    for (const s of STEPS) {
      const before = auditCount(backend, s.entity);
      const output = await call(backend, s.channel, s.input(office) as never);
      s.keep?.(office, output);
      if (auditCount(backend, s.entity) <= before) silent.push(s.channel);
    }
    expect(silent).toEqual([]);
  });
});
