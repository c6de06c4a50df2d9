import { describe, expect, it } from 'vitest';
import { call, callError, readDb, useTempDirs } from '../../fixtures/backend';
import { awardsOffice, person } from './helpers';

const temp = useTempDirs();

describe('award catalogue', () => {
  it('adds a form with dated coefficients; money follows the decision date', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    await awardsOffice(backend);
    const kind = await call(backend, 'awardKinds:save', { draft: { category: 'form', code: 'GK-PT', name: 'Giấy khen phong trào', issuerLevel: 'own_office', recipientKind: 'both' } });
    await call(backend, 'awardCoefficients:save', { awardKindId: kind.id, effectiveFrom: '2025-01-01', individual: 0.2, legalBasis: 'Quy chế 2025' });
    const withTwo = await call(backend, 'awardCoefficients:save', { awardKindId: kind.id, effectiveFrom: '2025-10-01', individual: 0.25, collective: 0.4 });
    expect(withTwo.coefficients.map((c) => [c.effectiveFrom, c.individual, c.collective])).toEqual([
      ['2025-01-01', 0.2, null],
      ['2025-10-01', 0.25, 0.4],
    ]);
    const money = (decidedOn: string, recipientKind: 'individual' | 'collective') =>
      call(backend, 'awardDecisions:money', { decidedOn, formKindId: kind.id, titleKindId: null, recipients: [{ recipientKind }] }).then((m) => m[0]!.amount);
    expect(await money('2025-09-30', 'individual')).toBe(470_000); // 0.2 × 2.340.000 = 468.000
    expect(await money('2025-09-30', 'collective')).toBe(940_000); // twice: 936.000
    expect(await money('2025-10-01', 'individual')).toBe(590_000); // 0.25 → 585.000
    expect(await money('2025-10-01', 'collective')).toBe(940_000); // stored 0.4 → 936.000
    expect(await money('2024-12-31', 'individual')).toBe(0);
  });

  it('refuses a taken code, a second coefficient on the same date, and deleting a kind in use', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { kind } = await awardsOffice(backend);
    const taken = await callError(backend, 'awardKinds:save', { draft: { category: 'form', code: 'gk', name: 'Khác', issuerLevel: 'own_office', recipientKind: 'both' } });
    expect(taken.code).toBe('AWARD_KIND_CODE_TAKEN');
    expect(taken.message).toContain('Giấy khen');
    const date = await callError(backend, 'awardCoefficients:save', { awardKindId: kind('GK'), effectiveFrom: '2025-07-01', individual: 0.5 });
    expect(date.code).toBe('AWARD_COEFFICIENT_DATE_TAKEN');
    expect(date.message).toContain('01/07/2025');
    await call(backend, 'awardDecisions:save', { draft: { number: '1/QĐ-CĐP', decidedOn: '2025-08-01', formKindId: kind('GK') }, recipients: [person('A')] });
    const inUse = await callError(backend, 'awardKinds:delete', { id: kind('GK') });
    expect(inUse.code).toBe('AWARD_KIND_IN_USE');
    await call(backend, 'awardKinds:delete', { id: kind('BLDST') });
    expect((await call(backend, 'awardKinds:list', {})).some((k) => k.code === 'BLDST')).toBe(false);
    const audit = readDb(backend.dbFile, (db) => db.prepare("SELECT action FROM audit_log WHERE entity = 'award_kinds'").pluck().all());
    expect(audit).toEqual(['delete']);
  });
});
