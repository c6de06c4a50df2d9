import type { Backend } from '../../../electron/backend/backend';
import type { CriterionInput } from '../../../shared/clusters/model';
import { call } from '../../fixtures/backend';
import { emptyOffice } from '../members/helpers';

export const UNION_NAMES = ['CĐCS Trường Tiểu học Đông Sơn', 'CĐCS Công ty May Chương Mỹ', 'CĐCS Trường THCS Xuân Mai'];

export const CRITERIA: CriterionInput[] = [
  { kind: 'section', code: 'I', content: 'Công tác tổ chức', maxPoints: 0 },
  { kind: 'criterion', code: '1', content: 'Phát triển đoàn viên', condition: 'Đạt 100% chỉ tiêu', evidence: 'Báo cáo số lượng', maxPoints: 50 },
  { kind: 'criterion', code: '2', content: 'Thu, nộp kinh phí', maxPoints: 50 },
  { kind: 'bonus', code: '', content: 'Điểm thưởng', maxPoints: 5 },
  { kind: 'deduction', code: '', content: 'Điểm trừ', maxPoints: 10 },
];

/** An office with three CĐCS in one cluster of 2025 that has a sheet with CRITERIA. */
export async function scoredCluster(backend: Backend) {
  const unions = await emptyOffice(backend, UNION_NAMES);
  const { id: clusterId } = await call(backend, 'clusters:save', { draft: { year: 2025, name: 'Khối Giáo dục', kind: 'block', scope: 'own_unions' } });
  const detail = await call(backend, 'clusters:setMembers', {
    id: clusterId,
    members: unions.map((u, i) => ({ organizationId: u.id, name: u.name, role: i === 0 ? ('leader' as const) : ('member' as const) })),
  });
  const { id: sheetId } = await call(backend, 'scoreSheets:create', { clusterId, copyFrom: null });
  const sheet = await call(backend, 'scoreSheets:saveCriteria', { id: sheetId, criteria: CRITERIA });
  return { unions, clusterId, units: detail.members, sheetId, criteria: sheet.criteria };
}
