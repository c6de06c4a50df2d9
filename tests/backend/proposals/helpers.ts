import type { Backend } from '../../../electron/backend/backend';
import type { ProposalDraftInput } from '../../../shared/proposals/model';
import { call, readDb } from '../../fixtures/backend';
import { admit, emptyOffice } from '../members/helpers';

export { admit };

export function kindId(backend: Backend, code: string): number {
  return readDb(backend.dbFile, (db) => db.prepare('SELECT id FROM award_kinds WHERE code = ?').pluck().get(code)) as number;
}

/** An empty office in Hà Nội with two CĐCS and three members. */
export async function proposalOffice(backend: Backend) {
  const [may, truong] = await emptyOffice(backend, ['Công đoàn cơ sở Công ty May Đức Giang', 'Công đoàn cơ sở Trường Tiểu học Đông Phương Yên']);
  await call(backend, 'settings:update', { 'office.upperName': 'Liên đoàn Lao động thành phố Hà Nội', 'office.placeName': 'Hà Nội', 'office.shortName': 'LĐLĐ Chương Mỹ' });
  const duc = await admit(backend, may!.id, 'Nguyễn Văn Đức', { occupation: 'Tổ trưởng tổ may' });
  const dung = await admit(backend, truong!.id, 'Trần Thị Dung', { occupation: 'Giáo viên' });
  const hung = await admit(backend, may!.id, 'Đỗ Văn Hùng');
  return { may: may!, truong: truong!, duc, dung, hung };
}

export async function newProposal(backend: Backend, draft: Partial<ProposalDraftInput> = {}) {
  return call(backend, 'proposals:save', {
    draft: { year: 2025, toIssuerLevel: 'province', formKindId: kindId(backend, 'BK-LDLD'), number: '25/TTr-LĐLĐ', submittedOn: '2025-11-20', ...draft },
  });
}
