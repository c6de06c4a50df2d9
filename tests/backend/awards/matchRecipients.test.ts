import { describe, expect, it } from 'vitest';
import type { BackendContext } from '../../../electron/backend/core/context';
import { readPastedList } from '../../../electron/backend/awards/importList';
import { addAwards } from '../../../electron/backend/awards/addAwards';
import { foldVietnamese } from '../../../shared/domain/text/normalize';
import { FIXED_NOW } from '../../fixtures/backend';
import { decision, useAwardsContext } from './context';

const open = useAwardsContext();
const at = FIXED_NOW().toISOString();

function union(ctx: BackendContext, name: string, shortName: string | null = null): number {
  return Number(
    ctx.db
      .prepare(`INSERT INTO organizations (level, code, name, short_name, name_fold, created_at, updated_at) VALUES ('grassroots', ?, ?, ?, ?, ?, ?)`)
      .run(`U${name.length}${Math.random().toString(36).slice(2, 7)}`, name, shortName ?? '', foldVietnamese(name), at, at).lastInsertRowid,
  );
}

/** A member with the search key of the whole folded name (what the members repository writes). */
function person(ctx: BackendContext, orgId: number, fullName: string, birthDate = '1985-05-01'): number {
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO members (organization_id, full_name, family_name, middle_name, given_name, name_fold, sort_key, birth_date, status, created_at, updated_at)
         VALUES (?, ?, '', '', '', ?, ?, ?, 'active', ?, ?)`,
      )
      .run(orgId, fullName, foldVietnamese(fullName), foldVietnamese(fullName), birthDate, at, at).lastInsertRowid,
  );
  ctx.db.prepare('INSERT INTO member_search_keys (key, member_id) VALUES (?, ?)').run(foldVietnamese(fullName), id);
  return id;
}

const paste = (ctx: BackendContext, lines: string[][]) => readPastedList(ctx, [['Họ và tên', 'Đơn vị', 'Thành tích', 'Loại'], ...lines].map((l) => l.join('\t')).join('\n'));

describe('names pasted into an award list are matched to members and CĐCS', () => {
  it('links an exact name and unit, then a name typed without diacritics with its unit', async () => {
    const ctx = open();
    const may = union(ctx, 'Công đoàn cơ sở Công ty May Đức Giang', 'CĐCS May Đức Giang');
    const school = union(ctx, 'Công đoàn cơ sở Trường Tiểu học Kim Đồng');
    const hang = person(ctx, may, 'Nguyễn Thị Hằng');
    const duc = person(ctx, school, 'Trần Văn Đức');
    const { rows, errors } = paste(ctx, [
      ['Nguyễn Thị Hằng', 'Công đoàn cơ sở Công ty May Đức Giang', 'Hoàn thành xuất sắc', 'Cá nhân'],
      ['tran van duc', 'truong tieu hoc kim dong', 'Giáo viên giỏi', 'Cá nhân'],
      ['CĐCS May Đức Giang', '', 'Tập thể lao động xuất sắc', 'Tập thể'],
      ['Lê Văn Không Có', 'Công ty khác', 'x', 'Cá nhân'],
    ]);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.match, r.memberId, r.organizationId])).toEqual([
      ['exact', hang, null],
      ['folded', duc, null],
      ['exact', null, may],
      ['none', null, null],
    ]);
  });

  it('asks when unsure: two members of the same name, or a name whose unit does not fit', async () => {
    const ctx = open();
    const a = union(ctx, 'Công đoàn cơ sở Công ty Xây lắp 1');
    const b = union(ctx, 'Công đoàn cơ sở Công ty Xây lắp 2');
    const first = person(ctx, a, 'Phạm Minh Tuấn', '1980-01-01');
    const second = person(ctx, b, 'Phạm Minh Tuấn', '1990-01-01');
    const { rows } = paste(ctx, [
      ['Phạm Minh Tuấn', '', 'Chiến sĩ thi đua', 'Cá nhân'],
      ['pham minh tuan', 'Công ty Xây lắp', 'Chiến sĩ thi đua', 'Cá nhân'],
      ['Phạm Minh Tuấn', 'Công ty Xây lắp 2', 'Chiến sĩ thi đua', 'Cá nhân'],
    ]);
    expect(rows[0]).toMatchObject({ match: 'ambiguous', memberId: null });
    expect(rows[0]!.candidates.map((c) => c.memberId)).toEqual([first, second]);
    expect(rows[0]!.candidates[0]!.label).toBe('Phạm Minh Tuấn — 1980 — Công đoàn cơ sở Công ty Xây lắp 1');
    // "Công ty Xây lắp" fits both units: still a choice, never a guess.
    expect(rows[1]).toMatchObject({ match: 'ambiguous', memberId: null });
    expect(rows[1]!.candidates).toHaveLength(2);
    // Name and unit together pick exactly one (the unit written shorter than in the register).
    expect(rows[2]).toMatchObject({ match: 'folded', memberId: second });
  });

  it('a linked row becomes an award on that member and that CĐCS', async () => {
    const ctx = open();
    const may = union(ctx, 'Công đoàn cơ sở Công ty May 10');
    const hoa = person(ctx, may, 'Đỗ Thị Hoa');
    const { rows } = paste(ctx, [
      ['do thi hoa', 'May 10', 'Lao động giỏi', 'Cá nhân'],
      ['Công đoàn cơ sở Công ty May 10', '', 'Vững mạnh', 'Tập thể'],
    ]);
    const decisionId = decision(ctx);
    addAwards(
      ctx,
      decisionId,
      rows.map((r) => ({ recipientKind: r.recipientKind, recipientName: r.recipientName, recipientUnit: r.recipientUnit, achievement: r.achievement, memberId: r.memberId, organizationId: r.organizationId })),
    );
    const awards = ctx.db.prepare('SELECT member_id AS memberId, organization_id AS organizationId FROM awards WHERE decision_id = ? ORDER BY id').all(decisionId);
    expect(awards).toEqual([
      { memberId: hoa, organizationId: null },
      { memberId: null, organizationId: may },
    ]);
  });
});
