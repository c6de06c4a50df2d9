import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { AwardKind } from '../../../shared/awards/model';
import { AwardCataloguePage } from '../../../renderer/src/features/awards/AwardCataloguePage';
import { fakeBackend, renderInApp, setupI18n } from '../members/harness';

const kind = (id: number, category: AwardKind['category'], code: string, name: string, individual: number | null, collective: number | null = null): AwardKind => ({
  id, category, code, name, issuerLevel: 'own_office', recipientKind: category === 'form' ? 'both' : 'individual', position: id, active: true, usedBy: 0,
  coefficients: individual === null ? [] : [{ id: id * 10, effectiveFrom: '2020-01-01', individual, collective, legalBasis: 'Nghị định 152/2025/NĐ-CP' }],
});

const KINDS = [kind(1, 'title', 'LDTT', 'Lao động tiên tiến', 0.3), kind(2, 'form', 'GK', 'Giấy khen', 0.3), kind(3, 'form', 'KNC', 'Kỷ niệm chương', null)];

describe('award catalogue', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('keeps titles and forms apart, with the coefficient in force (a collective twice an individual)', async () => {
    fakeBackend({ 'awardKinds:list': () => KINDS });
    renderInApp(<AwardCataloguePage />);
    const titles = (await screen.findByText('Danh hiệu thi đua')).closest('.ant-flex')!.parentElement!;
    expect(await within(titles as HTMLElement).findByText('Lao động tiên tiến')).toBeTruthy();
    expect(within(titles as HTMLElement).queryByText('Giấy khen')).toBeNull();
    const rows = screen.getAllByRole('row').map((r) => r.textContent ?? '');
    expect(rows.find((r) => r.includes('Giấy khen'))).toContain('Cá nhân 0,3 · Tập thể 0,6');
    expect(rows.find((r) => r.includes('Kỷ niệm chương'))).toContain('(không có tiền thưởng)');
  });

  it('adds a dated coefficient to a kind', async () => {
    const backend = fakeBackend({
      'awardKinds:list': () => KINDS,
      'awardCoefficients:save': (input) => ({ ...KINDS[1]!, coefficients: [...KINDS[1]!.coefficients, { id: 99, effectiveFrom: input.effectiveFrom, individual: input.individual, collective: input.collective ?? null, legalBasis: input.legalBasis ?? '' }] }),
    });
    renderInApp(<AwardCataloguePage />);
    fireEvent.click(await screen.findByText('Giấy khen'));
    fireEvent.click(await screen.findByRole('button', { name: /Thêm hệ số/ }));
    const date = screen.getByLabelText('Áp dụng từ');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '01/01/2027' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    fireEvent.change(screen.getByLabelText('Cá nhân'), { target: { value: '0,4' } });
    const basis = screen.getByLabelText('Căn cứ');
    fireEvent.change(basis, { target: { value: 'Quy chế mới' } });
    fireEvent.keyDown(basis, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await screen.findByText('01/01/2027');
    expect(backend.inputsOf('awardCoefficients:save')).toEqual([{ awardKindId: 2, effectiveFrom: '2027-01-01', individual: 0.4, collective: null, legalBasis: 'Quy chế mới' }]);
  });
});
