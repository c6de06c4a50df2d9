import { describe, expect, it } from 'vitest';
import { addAwards } from '../../../electron/backend/awards/addAwards';
import { awardMoney, baseSalaryOnDate, coefficientOn } from '../../../electron/backend/awards/money';
import { thrown } from '../../fixtures/backend';
import { decision, kindId, unionWithMember, useAwardsContext } from './context';

const newContext = useAwardsContext();

const stored = (ctx: ReturnType<typeof newContext>, id: number) =>
  ctx.db.prepare('SELECT coefficient, base_salary, amount, recipient_name, form_kind_id, position, warning_override FROM awards WHERE id = ?').get(id) as {
    coefficient: number | null;
    base_salary: number | null;
    amount: number;
    recipient_name: string;
    form_kind_id: number | null;
    position: number;
    warning_override: string;
  };

describe('award money from the dated tables', () => {
  it('Giấy khen is 0.15 before 01/07/2025 (NĐ 98/2023) and 0.3 from that day (NĐ 152/2025)', () => {
    const ctx = newContext();
    const gk = kindId(ctx, 'GK');
    expect(coefficientOn(ctx.db, gk, '2025-06-30', 'individual')).toBe(0.15);
    expect(coefficientOn(ctx.db, gk, '2025-07-01', 'individual')).toBe(0.3);
    expect(coefficientOn(ctx.db, gk, '2023-12-30', 'individual')).toBeNull();
  });

  it('a collective gets twice the individual coefficient unless its own value is stored', () => {
    const ctx = newContext();
    expect(coefficientOn(ctx.db, kindId(ctx, 'GK'), '2025-08-01', 'collective')).toBe(0.6);
    expect(coefficientOn(ctx.db, kindId(ctx, 'BK-TLD'), '2025-08-01', 'collective')).toBe(3);
    expect(coefficientOn(ctx.db, kindId(ctx, 'TTLDXS'), '2025-08-01', 'collective')).toBe(1.5);
    expect(coefficientOn(ctx.db, kindId(ctx, 'CTD-TLD'), '2025-08-01', 'collective')).toBe(8);
  });

  it('0.3 × 2,340,000 = 702,000 → 710,000; the shipped base salary changes on 01/07/2026, not the day before', () => {
    const ctx = newContext();
    const kinds = { formKindId: kindId(ctx, 'GK'), titleKindId: null };
    expect(baseSalaryOnDate(ctx.db, '2026-06-30')).toBe(2_340_000);
    expect(baseSalaryOnDate(ctx.db, '2026-07-01')).toBe(2_530_000);
    expect(awardMoney(ctx.db, kinds, '2026-06-30', 'individual')).toEqual({ coefficient: 0.3, baseSalary: 2_340_000, amount: 710_000 });
    // 0.3 × 2,530,000 = 759,000 → 760,000
    expect(awardMoney(ctx.db, kinds, '2026-07-01', 'individual')).toEqual({ coefficient: 0.3, baseSalary: 2_530_000, amount: 760_000 });
    // collective 0.6 × 2,530,000 = 1,518,000 → 1,520,000
    expect(awardMoney(ctx.db, kinds, '2026-07-01', 'collective').amount).toBe(1_520_000);
  });

  it('falls back to the title when the form has no coefficient, and to 0 đ when neither has', () => {
    const ctx = newContext();
    expect(awardMoney(ctx.db, { formKindId: kindId(ctx, 'KNC'), titleKindId: kindId(ctx, 'CSTDCS') }, '2025-08-01', 'individual')).toEqual({
      coefficient: 1,
      baseSalary: 2_340_000,
      amount: 2_340_000,
    });
    expect(awardMoney(ctx.db, { formKindId: kindId(ctx, 'KNC'), titleKindId: null }, '2025-08-01', 'individual')).toEqual({
      coefficient: null,
      baseSalary: 2_340_000,
      amount: 0,
    });
  });
});

describe('addAwards', () => {
  it('stores coefficient, base salary and amount of the decision date, in order, with audit rows', () => {
    const ctx = newContext();
    const { orgId, memberId } = unionWithMember(ctx);
    const id = decision(ctx, { decidedOn: '2025-12-20' });
    const ids = addAwards(ctx, id, [
      { recipientKind: 'collective', organizationId: orgId, recipientName: 'Công đoàn cơ sở Công ty May Đức Giang', achievement: 'Hoàn thành xuất sắc' },
      { recipientKind: 'individual', memberId, recipientName: 'Nguyễn Thị Hằng', recipientUnit: 'Công ty May Đức Giang' },
      { recipientKind: 'individual', recipientName: '  Trần Văn Ngoài  ', warningOverride: 'Đã xác minh' },
    ]);
    expect(ids).toHaveLength(3);
    expect(stored(ctx, ids[0]!)).toMatchObject({ coefficient: 0.6, base_salary: 2_340_000, amount: 1_410_000, position: 1 });
    expect(stored(ctx, ids[1]!)).toMatchObject({ coefficient: 0.3, amount: 710_000, position: 2, form_kind_id: kindId(ctx, 'GK') });
    expect(stored(ctx, ids[2]!)).toMatchObject({ recipient_name: 'Trần Văn Ngoài', position: 3, warning_override: 'Đã xác minh' });
    const audit = ctx.db.prepare("SELECT action FROM audit_log WHERE entity = 'awards' ORDER BY id").pluck().all();
    expect(audit).toEqual(['create', 'create', 'create', 'override_warning']);
    // More awards go after the ones already there.
    const [next] = addAwards(ctx, id, [{ recipientKind: 'individual', recipientName: 'Lê Văn Sau' }]);
    expect(stored(ctx, next!).position).toBe(4);
  });

  it('a later coefficient edit never rewrites money already decided', () => {
    const ctx = newContext();
    const id = decision(ctx, { decidedOn: '2025-09-01' });
    const [awardId] = addAwards(ctx, id, [{ recipientKind: 'individual', recipientName: 'Phạm Văn Bình' }]);
    ctx.db.prepare("UPDATE award_coefficients SET individual = 0.5 WHERE award_kind_id = ? AND effective_from = '2025-07-01'").run(kindId(ctx, 'GK'));
    ctx.db.prepare("UPDATE base_salaries SET amount = 3000000").run();
    expect(stored(ctx, awardId!)).toMatchObject({ coefficient: 0.3, base_salary: 2_340_000, amount: 710_000 });
  });

  it('uses the row’s own form or title over the decision’s default', () => {
    const ctx = newContext();
    const id = decision(ctx, { decidedOn: '2025-09-01' });
    const [awardId] = addAwards(ctx, id, [{ recipientKind: 'individual', recipientName: 'A', formKindId: null, titleKindId: kindId(ctx, 'CSTDCS') }]);
    expect(stored(ctx, awardId!)).toMatchObject({ form_kind_id: null, coefficient: 1, amount: 2_340_000 });
  });

  it('writes nothing when one row is wrong, naming the row', () => {
    const ctx = newContext();
    const id = decision(ctx, { formCode: null });
    const error = thrown(() =>
      addAwards(ctx, id, [
        { recipientKind: 'individual', recipientName: 'Đúng', titleKindId: kindId(ctx, 'LDTT') },
        { recipientKind: 'individual', recipientName: 'Thiếu hình thức' },
      ]),
    ) as { code: string; params: Record<string, unknown> };
    expect(error.code).toBe('AWARD_KIND_MISSING');
    expect(error.params).toMatchObject({ row: 2, name: 'Thiếu hình thức' });
    expect(ctx.db.prepare('SELECT count(*) FROM awards').pluck().get()).toBe(0);
    expect((thrown(() => addAwards(ctx, id, [{ recipientKind: 'individual', recipientName: ' ', titleKindId: kindId(ctx, 'LDTT') }])) as { code: string }).code).toBe(
      'AWARD_RECIPIENT_NAME_EMPTY',
    );
    expect((thrown(() => addAwards(ctx, 999, [])) as { code: string }).code).toBe('AWARD_DECISION_NOT_FOUND');
    expect(
      (thrown(() => addAwards(ctx, id, [{ recipientKind: 'individual', recipientName: 'X', memberId: 4242, titleKindId: kindId(ctx, 'LDTT') }])) as { code: string }).code,
    ).toBe('AWARD_RECIPIENT_MEMBER_NOT_FOUND');
  });

  it('joins the caller’s transaction: a rollback there removes the awards too', () => {
    const ctx = newContext();
    const id = decision(ctx);
    expect(() =>
      ctx.db.transaction(() => {
        addAwards(ctx, id, [{ recipientKind: 'individual', recipientName: 'Tạm' }]);
        throw new Error('caller fails');
      })(),
    ).toThrow('caller fails');
    expect(ctx.db.prepare('SELECT count(*) FROM awards').pluck().get()).toBe(0);
  });
});
