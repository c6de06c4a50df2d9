import { describe, expect, it } from 'vitest';
import { useAwardsContext, decision, kindId } from '../awards/context';

const newContext = useAwardsContext();
const AT = '2025-03-15T08:00:00.000Z';

describe('migration 0006 (awards)', () => {
  it('seeds the catalogue with titles and forms kept apart, and the NĐ 98/2023 → NĐ 152/2025 coefficients', () => {
    const { db } = newContext();
    const byCategory = db.prepare('SELECT category, group_concat(code) AS codes FROM award_kinds GROUP BY category ORDER BY category').all();
    expect(byCategory).toEqual([
      { category: 'form', codes: 'BK-TLD,BK-UBND,BK-LDLD,GK,GK-CDCS,KNC,BLDST' },
      { category: 'title', codes: 'CSTDCS,LDTT,TTLDXS,TTLDTT,DVCDXS,CDCSVM,CTD-TLD,CTD-UBND,CTD-LDLD' },
    ]);
    const coefficient = (code: string, from: string) =>
      db
        .prepare('SELECT c.individual, c.collective, c.legal_basis FROM award_coefficients c JOIN award_kinds k ON k.id = c.award_kind_id WHERE k.code = ? AND c.effective_from = ?')
        .get(code, from);
    expect(coefficient('GK', '2023-12-31')).toEqual({ individual: 0.15, collective: null, legal_basis: 'Nghị định 98/2023/NĐ-CP' });
    expect(coefficient('GK', '2025-07-01')).toEqual({ individual: 0.3, collective: null, legal_basis: 'Nghị định 152/2025/NĐ-CP' });
    expect(coefficient('CSTDCS', '2025-07-01')).toMatchObject({ individual: 1 });
    expect(coefficient('LDTT', '2025-07-01')).toMatchObject({ individual: 0.3 });
    expect(coefficient('TTLDXS', '2025-07-01')).toMatchObject({ collective: 1.5 });
    expect(coefficient('TTLDTT', '2025-07-01')).toMatchObject({ collective: 0.8 });
    expect(coefficient('CTD-UBND', '2025-07-01')).toMatchObject({ collective: 8 });
    expect(coefficient('BK-UBND', '2025-07-01')).toMatchObject({ individual: 1.5, collective: null });
  });

  it('refuses a second coefficient of a kind on the same date, and an unknown category or level', () => {
    const { db } = newContext();
    const gk = kindId({ db } as never, 'GK');
    expect(() => db.prepare("INSERT INTO award_coefficients (award_kind_id, effective_from, individual) VALUES (?, '2025-07-01', 0.4)").run(gk)).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO award_coefficients (award_kind_id, effective_from, individual) VALUES (?, '2026-01-01', -1)").run(gk)).toThrow(/CHECK/);
    const insertKind = db.prepare('INSERT INTO award_kinds (category, code, name, issuer_level, recipient_kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    expect(() => insertKind.run('medal', 'X', 'X', 'own_office', 'both', AT, AT)).toThrow(/CHECK/);
    expect(() => insertKind.run('form', 'Y', 'Y', 'district', 'both', AT, AT)).toThrow(/CHECK/);
    expect(() => insertKind.run('form', 'GK', 'Trùng mã', 'own_office', 'both', AT, AT)).toThrow(/UNIQUE/);
  });

  it('an award needs a form or a title, a name and a non-negative amount; deleting a decision deletes its awards', () => {
    const ctx = newContext();
    const { db } = ctx;
    const id = decision(ctx);
    const insert = db.prepare(
      `INSERT INTO awards (decision_id, year, form_kind_id, title_kind_id, recipient_kind, recipient_name, amount, created_at) VALUES (?, 2025, ?, ?, 'individual', ?, ?, ?)`,
    );
    expect(() => insert.run(id, null, null, 'A', 0, AT)).toThrow(/CHECK/);
    expect(() => insert.run(id, kindId(ctx, 'GK'), null, ' ', 0, AT)).toThrow(/CHECK/);
    expect(() => insert.run(id, kindId(ctx, 'GK'), null, 'A', -10_000, AT)).toThrow(/CHECK/);
    insert.run(id, kindId(ctx, 'GK'), null, 'A', 710_000, AT);
    expect(() => decision(ctx)).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM award_decisions WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM awards').pluck().get()).toBe(0);
  });
});
