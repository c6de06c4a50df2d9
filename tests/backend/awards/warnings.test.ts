import { describe, expect, it } from 'vitest';
import { call, callError, readDb, useTempDirs } from '../../fixtures/backend';
import { awardsOffice, person } from './helpers';

const temp = useTempDirs();

async function office() {
  const backend = temp.open({ dataDir: temp.dir() });
  const o = await awardsOffice(backend);
  // An all-round Giấy khen earlier in the year to the CĐCS a and to Hằng.
  await call(backend, 'awardDecisions:save', {
    draft: { number: '2/QĐ-CĐP', decidedOn: '2025-01-20', formKindId: o.kind('GK') },
    recipients: [{ recipientKind: 'collective', organizationId: o.a.id, recipientName: o.a.name }, person('Nguyễn Thị Hằng', { memberId: o.hang })],
  });
  return { backend, ...o };
}

describe('award warnings', () => {
  it('an all-round and a thematic award of the same level in one year, naming the recipient and the other decision', async () => {
    const { backend, a, kind } = await office();
    const draft = { number: '9/QĐ-CĐP', decidedOn: '2025-09-02', scope: 'thematic' as const, formKindId: kind('GK') };
    const warnings = await call(backend, 'awardDecisions:warnings', { draft, recipients: [{ recipientKind: 'collective', organizationId: a.id, recipientName: a.name }] });
    expect(warnings).toContainEqual({ index: 0, code: 'both_scopes', recipientName: a.name, detail: '2/QĐ-CĐP (20/01/2025)' });
    // Another level's thematic award is no clash.
    const upper = await call(backend, 'awardDecisions:warnings', {
      draft: { ...draft, issuerLevel: 'province', formKindId: kind('BK-LDLD') },
      recipients: [{ recipientKind: 'collective', organizationId: a.id, recipientName: a.name }],
    });
    expect(upper).toEqual([]);
  });

  it('the same award already given this year, or twice in this list', async () => {
    const { backend, hang, kind } = await office();
    const warnings = await call(backend, 'awardDecisions:warnings', {
      draft: { number: '9/QĐ-CĐP', decidedOn: '2025-05-02', formKindId: kind('GK') },
      recipients: [person('Nguyễn Thị Hằng', { memberId: hang }), person('Lê Văn Mới'), person('Lê Văn Mới')],
    });
    expect(warnings).toEqual([
      { index: 0, code: 'already_awarded', recipientName: 'Nguyễn Thị Hằng', detail: '2/QĐ-CĐP (20/01/2025)' },
      { index: 2, code: 'already_awarded', recipientName: 'Lê Văn Mới', detail: '#2' },
    ]);
    // Next year is fine.
    expect(
      await call(backend, 'awardDecisions:warnings', { draft: { number: '1/QĐ-CĐP', decidedOn: '2026-01-05', formKindId: kind('GK') }, recipients: [person('Nguyễn Thị Hằng', { memberId: hang })] }),
    ).toEqual([]);
  });

  it('a member who has left', async () => {
    const { backend, left, kind } = await office();
    const warnings = await call(backend, 'awardDecisions:warnings', {
      draft: { number: '9/QĐ-CĐP', decidedOn: '2025-05-02', formKindId: kind('BK-LDLD'), issuerLevel: 'province' },
      recipients: [person('Phạm Thị Hoa', { memberId: left })],
    });
    expect(warnings).toEqual([{ index: 0, code: 'member_left', recipientName: 'Phạm Thị Hoa', detail: 'left' }]);
  });

  it('refuses to save with a warning left unanswered, and records the reason when overridden', async () => {
    const { backend, left, kind } = await office();
    const draft = { number: '9/QĐ-CĐP', decidedOn: '2025-05-02', formKindId: kind('GK') };
    const refused = await callError(backend, 'awardDecisions:save', { draft, recipients: [person('Phạm Thị Hoa', { memberId: left })] });
    expect(refused.code).toBe('AWARD_WARNINGS_NOT_OVERRIDDEN');
    expect(refused.message).toContain('Phạm Thị Hoa');
    expect(refused.message).toContain('đã thôi sinh hoạt');
    expect(await call(backend, 'awardDecisions:list', { year: 2025 })).toHaveLength(1);

    const saved = await call(backend, 'awardDecisions:save', {
      draft,
      recipients: [person('Phạm Thị Hoa', { memberId: left, warningOverride: 'Khen thưởng thành tích trước khi nghỉ hưu' })],
    });
    expect(saved.awards[0]?.warningOverride).toBe('Khen thưởng thành tích trước khi nghỉ hưu');
    const audit = readDb(backend.dbFile, (db) =>
      db.prepare("SELECT after FROM audit_log WHERE entity = 'awards' AND action = 'override_warning' AND entity_id = ?").pluck().all(String(saved.awards[0]!.id)),
    ) as string[];
    expect(audit.map((a) => JSON.parse(a))).toEqual([{ reason: 'Khen thưởng thành tích trước khi nghỉ hưu' }]);
  });
});
