import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { SheetDetail } from '../../../shared/clusters/model';
import { DEFAULT_BANDS } from '../../../shared/clusters/bands';
import { DEFAULT_TIE_RULES } from '../../../shared/clusters/ranking';
import { ScoreGrid } from '../../../renderer/src/features/clusters/ScoreGrid';
import { SheetSettingsForm } from '../../../renderer/src/features/clusters/SheetSettingsForm';
import { BackendError, fakeBackend, renderInApp, setupI18n } from '../members/harness';

const unit = (id: number, name: string) => ({ id, organizationId: id * 10, name, role: 'member' as const, position: id, isOwnOffice: false });
const criterion = (id: number, kind: 'section' | 'criterion', code: string, content: string, maxPoints: number) => ({
  id, parentId: null, position: id, kind, code, content, condition: '', evidence: '', maxPoints, levels: [],
});

const detail: SheetDetail = {
  sheet: { id: 7, year: 2025, clusterId: 3, clusterName: 'Khối Giáo dục', clusterScope: 'own_unions', name: 'Bảng 2025', criteriaCount: 2, maxTotal: 100, unitCount: 2, tieRules: [...DEFAULT_TIE_RULES], flagCount: 1, updatedAt: 'x' },
  criteria: [criterion(1, 'section', 'I', 'Tổ chức', 0), criterion(2, 'criterion', '1', 'Phát triển đoàn viên', 60), criterion(3, 'criterion', '2', 'Thu, nộp kinh phí', 40)],
  bands: [...DEFAULT_BANDS],
  units: [unit(1, 'CĐCS Trường Tiểu học Đông Sơn'), unit(2, 'CĐCS Trường THCS Xuân Mai')],
  scores: [{ criterionId: 2, clusterMemberId: 1, selfScore: 50, agreedScore: 48 }],
  ranking: [],
  ratingsApplied: 0,
};

const cell = (unitName: string, criterionText: string, field: 'Tự chấm' | 'Thống nhất') => screen.getByLabelText(`${unitName} — ${criterionText} — ${field}`) as HTMLInputElement;

describe('score grid', { timeout: 30_000 }, () => {
  beforeAll(setupI18n);
  afterEach(cleanup);

  it('saves "8,5" as 8.5 when the cell is left, moves down with Enter, and puts back a refused score with the message', async () => {
    const backend = fakeBackend({
      'scores:save': (input) => {
        const [c] = input.cells;
        if (c!.value !== null && c!.value > 40) {
          throw new BackendError({ code: 'SCORE_ABOVE_MAX', message: 'CĐCS Trường THCS Xuân Mai — "2. Thu, nộp kinh phí": điểm thống nhất 45 vượt điểm tối đa 40.' });
        }
        return { saved: 1, ranking: [] };
      },
    });
    renderInApp(<ScoreGrid detail={detail} onRanking={() => undefined} onScores={() => undefined} />);
    const first = cell('CĐCS Trường Tiểu học Đông Sơn', '1. Phát triển đoàn viên', 'Thống nhất');
    expect(first.value).toBe('48');
    const input = cell('CĐCS Trường THCS Xuân Mai', '2. Thu, nộp kinh phí', 'Tự chấm');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '8,5' } });
    fireEvent.blur(input);
    await waitFor(() => expect(backend.inputsOf('scores:save')).toHaveLength(1));
    expect(backend.inputsOf('scores:save')[0]).toEqual({ sheetId: 7, cells: [{ criterionId: 3, clusterMemberId: 2, field: 'self', value: 8.5 }] });
    await waitFor(() => expect(input.value).toBe('8,5'));

    const upper = cell('CĐCS Trường THCS Xuân Mai', '1. Phát triển đoàn viên', 'Thống nhất');
    upper.focus();
    fireEvent.keyDown(upper, { key: 'Enter' });
    const below = cell('CĐCS Trường THCS Xuân Mai', '2. Thu, nộp kinh phí', 'Thống nhất');
    expect(document.activeElement).toBe(below);

    fireEvent.change(below, { target: { value: '45' } });
    fireEvent.blur(below);
    expect(await screen.findByText(/điểm thống nhất 45 vượt điểm tối đa 40/)).toBeTruthy();
    await waitFor(() => expect(below.value).toBe(''));
    expect(below.className).toContain('error');

    fireEvent.change(first, { target: { value: 'tám' } });
    fireEvent.blur(first);
    expect(await screen.findByText(/"tám" không phải là số/)).toBeTruthy();
    expect(backend.inputsOf('scores:save')).toHaveLength(2);
  });

  it('shows a gap in the bands while they are typed, saying between which points', async () => {
    fakeBackend({});
    renderInApp(<SheetSettingsForm detail={detail} onSaved={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Từ (điểm) Hoàn thành tốt nhiệm vụ'), { target: { value: '82' } });
    expect(await screen.findByText(/không có mức nào cho điểm từ 80 đến 81,99/)).toBeTruthy();
  });
});
