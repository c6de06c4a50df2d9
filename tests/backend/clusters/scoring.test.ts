import { describe, expect, it } from 'vitest';
import { call, callError, count, readDb, useTempDirs } from '../../fixtures/backend';
import { rankSheet } from '../../../electron/backend/clusters/ranking';
import { scoredCluster } from './helpers';

const temp = useTempDirs();

describe('scoring a sheet', () => {
  it('saves self and agreed scores, totals and ranks them, and refuses a score above the maximum naming unit, criterion and maximum', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { sheetId, units, criteria } = await scoredCluster(backend);
    const [, c1, c2, bonus, deduction] = criteria;
    const cells = (unitIndex: number, values: [number, number, number, number]) =>
      [c1, c2, bonus, deduction].flatMap((c, i) => [
        { criterionId: c!.id, clusterMemberId: units[unitIndex]!.id, field: 'agreed' as const, value: values[i]! },
        { criterionId: c!.id, clusterMemberId: units[unitIndex]!.id, field: 'self' as const, value: values[i]! + (i === 0 ? 0.5 : 0) },
      ]);
    const saved = await call(backend, 'scores:save', { sheetId, cells: [...cells(0, [45, 40, 2, 0]), ...cells(1, [48, 44, 0, 2]), ...cells(2, [40, 30, 0, 1.5])] });
    expect(saved.ranking.map((r) => [r.name, r.agreedTotal, r.selfTotal, r.rank, r.rating, r.proposedForFlag])).toEqual([
      ['CĐCS Công ty May Chương Mỹ', 90, 90.5, 1, 'strong', true],
      ['CĐCS Trường Tiểu học Đông Sơn', 87, 87.5, 2, 'good', false],
      ['CĐCS Trường THCS Xuân Mai', 68.5, 69, 3, 'not_completed', false],
    ]);

    // the reader other slices use gives the same ranking from the database
    expect(readDb(backend.dbFile, (db) => rankSheet(db, sheetId))).toEqual(saved.ranking);
    expect(saved.ranking[0]).toMatchObject({ organizationId: units[1]!.organizationId, bonus: 0, deductions: 2, ratingLabel: 'Hoàn thành xuất sắc nhiệm vụ' });

    const above = await callError(backend, 'scores:save', {
      sheetId,
      cells: [
        { criterionId: c1!.id, clusterMemberId: units[0]!.id, field: 'agreed', value: 30 },
        { criterionId: c2!.id, clusterMemberId: units[2]!.id, field: 'self', value: 50.5 },
      ],
    });
    expect(above.code).toBe('SCORE_ABOVE_MAX');
    expect(above.message).toContain('CĐCS Trường THCS Xuân Mai');
    expect(above.message).toContain('Thu, nộp kinh phí');
    expect(above.message).toContain('50,5');
    expect(above.message).toContain('tối đa 50');
    // the whole save was refused: the first cell kept its value
    const detail = await call(backend, 'scoreSheets:get', { id: sheetId });
    expect(detail.scores.find((s) => s.criterionId === c1!.id && s.clusterMemberId === units[0]!.id)?.agreedScore).toBe(45);

    const deductionTooBig = await callError(backend, 'scores:save', { sheetId, cells: [{ criterionId: deduction!.id, clusterMemberId: units[1]!.id, field: 'agreed', value: 12 }] });
    expect(deductionTooBig.code).toBe('SCORE_ABOVE_MAX');
    expect(deductionTooBig.message).toContain('Điểm trừ');
    const negative = await callError(backend, 'scores:save', { sheetId, cells: [{ criterionId: c1!.id, clusterMemberId: units[1]!.id, field: 'agreed', value: -1 }] });
    expect(negative.code).toBe('SCORE_NEGATIVE');
    const section = await callError(backend, 'scores:save', { sheetId, cells: [{ criterionId: criteria[0]!.id, clusterMemberId: units[1]!.id, field: 'agreed', value: 1 }] });
    expect(section.code).toBe('SCORE_SECTION_NOT_SCORED');
  });

  it('refuses bands with a gap or an overlap, saying between which points, and keeps the old bands', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { sheetId } = await scoredCluster(backend);
    const detail = await call(backend, 'scoreSheets:get', { id: sheetId });
    const settings = { name: detail.sheet.name, tieRules: detail.sheet.tieRules, flagCount: 1, bands: detail.bands };
    const gap = await callError(backend, 'scoreSheets:saveSettings', {
      id: sheetId,
      settings: { ...settings, bands: detail.bands.map((b) => (b.rating === 'strong' ? { ...b, minPoints: 91 } : b)) },
    });
    expect(gap.code).toBe('SCORE_BANDS_GAP');
    expect(gap.message).toContain('từ 90 đến 90,99');
    const overlap = await callError(backend, 'scoreSheets:saveSettings', {
      id: sheetId,
      settings: { ...settings, bands: detail.bands.map((b) => (b.rating === 'not_completed' ? { ...b, maxPoints: 75 } : b)) },
    });
    expect(overlap.code).toBe('SCORE_BANDS_OVERLAP');
    expect(overlap.message).toContain('từ 70 đến 75');
    const ok = await call(backend, 'scoreSheets:saveSettings', {
      id: sheetId,
      settings: { ...settings, flagCount: 2, tieRules: ['agreed_total', 'name'], bands: detail.bands.map((b) => (b.rating === 'strong' ? { ...b, label: 'CĐCS vững mạnh' } : b)) },
    });
    expect(ok.bands.find((b) => b.rating === 'strong')?.label).toBe('CĐCS vững mạnh');
    expect(ok.sheet.flagCount).toBe(2);
    expect(ok.sheet.tieRules).toEqual(['agreed_total', 'name']);
    const unknown = await callError(backend, 'scoreSheets:saveSettings', {
      id: sheetId,
      settings: { ...settings, bands: detail.bands.map((b) => (b.rating === 'strong' ? { ...b, rating: 'excellent' } : b)) },
    });
    expect(unknown.code).toBe('SCORE_BAND_RATING_UNKNOWN');
  });

  it('applies the ratings of a cluster of our CĐCS to union_ratings, and a manual rating beside them', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { sheetId, units, criteria, unions } = await scoredCluster(backend);
    const cells = units.flatMap((u, i) => [
      { criterionId: criteria[1]!.id, clusterMemberId: u.id, field: 'agreed' as const, value: 50 - i * 8 },
      { criterionId: criteria[2]!.id, clusterMemberId: u.id, field: 'agreed' as const, value: 45 },
    ]);
    await call(backend, 'scores:save', { sheetId, cells });
    expect(await call(backend, 'scoreSheets:applyRatings', { id: sheetId })).toEqual({ applied: 3 });
    const rows = readDb(backend.dbFile, (db) =>
      db.prepare('SELECT organization_id AS org, year, rating, source, points, sheet_id AS sheet FROM union_ratings ORDER BY points DESC').all(),
    );
    expect(rows).toEqual([
      { org: unions[0]!.id, year: 2025, rating: 'strong', source: 'scoring', points: 95, sheet: sheetId },
      { org: unions[1]!.id, year: 2025, rating: 'good', source: 'scoring', points: 87, sheet: sheetId },
      { org: unions[2]!.id, year: 2025, rating: 'completed', source: 'scoring', points: 79, sheet: sheetId },
    ]);
    expect((await call(backend, 'scoreSheets:get', { id: sheetId })).ratingsApplied).toBe(3);

    const manual = await call(backend, 'unionRatings:set', { organizationId: unions[2]!.id, year: 2024, rating: 'good' });
    expect(manual).toMatchObject({ rating: 'good', source: 'manual' });
    const list = await call(backend, 'unionRatings:list', { year: 2025 });
    expect(list.total).toBe(3);
    expect(list.items.map((r) => r.rating).sort()).toEqual(['completed', 'good', 'strong']);
    const none2024 = await call(backend, 'unionRatings:list', { year: 2024, rating: 'none' });
    expect(none2024.total).toBe(2);
    await call(backend, 'unionRatings:set', { organizationId: unions[2]!.id, year: 2024, rating: null });
    expect(readDb(backend.dbFile, (db) => count(db, 'SELECT count(*) FROM union_ratings WHERE year = 2024'))).toBe(0);
    expect(readDb(backend.dbFile, (db) => count(db, "SELECT count(*) FROM audit_log WHERE entity = 'union_ratings'"))).toBe(3);
  });

  it('refuses to apply ratings when a unit falls in no band', async () => {
    const backend = temp.open({ dataDir: temp.dir() });
    const { sheetId } = await scoredCluster(backend);
    const d = await call(backend, 'scoreSheets:get', { id: sheetId });
    await call(backend, 'scoreSheets:saveSettings', {
      id: sheetId,
      settings: { name: d.sheet.name, tieRules: d.sheet.tieRules, flagCount: 1, bands: [{ rating: 'strong', label: 'Vững mạnh', minPoints: 50, maxPoints: 200 }] },
    });
    const error = await callError(backend, 'scoreSheets:applyRatings', { id: sheetId });
    expect(error.code).toBe('SCORE_RATINGS_UNBANDED');
    expect(error.message).toContain('0 điểm');
  });
});
