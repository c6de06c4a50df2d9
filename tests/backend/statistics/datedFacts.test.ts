import type { Member } from '../../../shared/members/model';
import { describe, expect, it } from 'vitest';
import { call, useTempDirs } from '../../fixtures/backend';
import { ACTOR, F, M, admit, figures, lastYears, union, values, withDb } from './office';

const temp = useTempDirs();
const TODAY = () => new Date('2026-12-07T08:00:00.000Z');

/**
 * Two CĐCS of the office since 2010 and 2015: A public service 5.000 workers (3.000 women),
 * B private 435 workers (200 women). Workers at 30/11/2024 = 5.435. Today (07/12/2026) A's
 * workers are corrected to 6.000 (3.500 women) and B becomes an FDI enterprise; a member of A
 * joins the Party. Every cut-off before today keeps 5.435 workers, 1 public and 1 private CĐCS
 * and 0 Party members; the 2026 cut-off (30/11/2026) too, since the changes hold from 07/12/2026.
 */
async function office() {
  const backend = temp.open({ dataDir: temp.dir(), actor: ACTOR, now: TODAY });
  await call(backend, 'setup:start', { mode: 'empty', officeName: 'Công đoàn phường Chương Mỹ', year: 2026 });
  const draftA = { name: 'CĐCS Trường A', sector: 'public_service', foundedOn: '2010-01-01', workersTotal: 5000, workersFemale: 3000 } as const;
  const draftB = { name: 'CĐCS Công ty B', sector: 'private_enterprise', foundedOn: '2015-01-01', workersTotal: 435, workersFemale: 200 } as const;
  const a = await union(backend, draftA);
  const b = await union(backend, draftB);
  const member = await admit(backend, a, 'Nguyễn Văn Một', M, '2020-01-01');
  await admit(backend, b, 'Trần Thị Hai', F, '2020-01-01');
  return { backend, a, b, draftA, draftB, member };
}

const CODES = ['workers.total', 'workers.female', 'unions.sector.public_service', 'unions.sector.private_enterprise', 'unions.sector.fdi_enterprise', 'members.partyMembers'];
const BEFORE = {
  'workers.total': 5435,
  'workers.female': 3200,
  'unions.sector.public_service': 1,
  'unions.sector.private_enterprise': 1,
  'unions.sector.fdi_enterprise': 0,
  'members.partyMembers': 0,
};

describe('figures of past cut-offs stay put when today’s data is edited', () => {
  it('keeps 2024 at 5.435 workers, its sectors and Party members after today’s edits', async () => {
    const { backend, a, b, draftA, draftB, member } = await office();
    expect(values(await figures(backend, 2024), CODES)).toEqual(BEFORE);

    await call(backend, 'unions:save', { id: a, draft: { ...draftA, workersTotal: 6000, workersFemale: 3500 } });
    await call(backend, 'unions:save', { id: b, draft: { ...draftB, sector: 'fdi_enterprise' } });
    const { member: m } = await call(backend, 'members:get', { id: member });
    await call(backend, 'members:update', { id: member, draft: { ...pickDraft(m), partyMember: true } });

    expect(values(await figures(backend, 2024), CODES)).toEqual(BEFORE);
    const y2025 = await figures(backend, 2025);
    expect(values(y2025, CODES)).toEqual(BEFORE);
    expect(lastYears(y2025, CODES)).toEqual(BEFORE);
    expect(values(await figures(backend, 2026), CODES)).toEqual(BEFORE);
    // The cut-off of 2027 (30/11/2027) is after the changes.
    expect(values(await figures(backend, 2027), CODES)).toEqual({
      'workers.total': 6435,
      'workers.female': 3700,
      'unions.sector.public_service': 1,
      'unions.sector.private_enterprise': 0,
      'unions.sector.fdi_enterprise': 1,
      'members.partyMembers': 1,
    });
    // Today's columns show the latest value (lists, forms).
    expect((await call(backend, 'unions:get', { id: a })).workersTotal).toBe(6000);
  });

  it('applies a change from the date it takes effect, and the first value from the founding', async () => {
    const { backend, a, draftA } = await office();
    await call(backend, 'unions:save', { id: a, draft: { ...draftA, workersTotal: 6000 }, factsFrom: '2025-06-01' });
    expect(values(await figures(backend, 2024), ['workers.total'])).toEqual({ 'workers.total': 5435 });
    const y2025 = await figures(backend, 2025);
    expect(y2025.get('workers.total')).toMatchObject({ value: 6435, lastYear: 5435 });
    // The value known first counts before any dated change, back to the founding.
    expect(values(await figures(backend, 2011), ['workers.total'])).toEqual({ 'workers.total': 5000 });
    const rows = withDb(backend, (db) => db.prepare("SELECT valid_from, value FROM organization_facts WHERE organization_id = ? AND fact = 'workers_total' ORDER BY valid_from").all(a));
    expect(rows).toEqual([
      { valid_from: '2010-01-01', value: 5000 },
      { valid_from: '2025-06-01', value: 6000 },
    ]);
  });

  it('dates a smaller total and women’s count together (checked against each other, not one by one)', async () => {
    const { backend, a, draftA } = await office();
    await call(backend, 'unions:save', { id: a, draft: { ...draftA, workersTotal: 100, workersFemale: 50 } });
    expect(values(await figures(backend, 2027), ['workers.total', 'workers.female'])).toEqual({ 'workers.total': 535, 'workers.female': 250 });
    expect(values(await figures(backend, 2025), ['workers.total', 'workers.female'])).toEqual({ 'workers.total': 5435, 'workers.female': 3200 });
  });

  it('keeps the report draft’s “Năm trước / Tăng, giảm” of a finished year', async () => {
    const { backend, a, draftA } = await office();
    await call(backend, 'reports:create', { year: 2025, from: 'template' });
    const before = (await call(backend, 'reports:stats', { year: 2025 })).find((f) => f.code === 'workers.total');
    expect(before).toMatchObject({ value: 5435, lastYear: 5435, change: 0 });
    await call(backend, 'unions:save', { id: a, draft: { ...draftA, workersTotal: 6000 } });
    const after = (await call(backend, 'reports:stats', { year: 2025 })).find((f) => f.code === 'workers.total');
    expect(after).toMatchObject({ value: 5435, lastYear: 5435, change: 0 });
  });
});

function pickDraft(m: Member) {
  return { organizationId: m.organizationId, fullName: m.fullName, sex: m.sex, birthDate: m.birthDate };
}
