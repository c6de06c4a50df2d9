import type { Backend } from '../../../electron/backend/backend';
import type { RecipientDraftInput } from '../../../shared/awards/model';
import { call } from '../../fixtures/backend';
import { admit, emptyOffice } from '../members/helpers';

/** An empty office with two CĐCS and three members (one of whom left), and the catalogue's ids by code. */
export async function awardsOffice(backend: Backend) {
  const [a, b] = await emptyOffice(backend, ['Công đoàn cơ sở Công ty May Đức Giang', 'Công đoàn cơ sở Trường Tiểu học Đông Phương Yên']);
  const hang = await admit(backend, a!.id, 'Nguyễn Thị Hằng', { cccd: '001190777001' });
  const binh = await admit(backend, b!.id, 'Trần Văn Bình', { cccd: '001085777002' });
  const left = await admit(backend, a!.id, 'Phạm Thị Hoa', { cccd: '001190777004' });
  await call(backend, 'members:end', { memberIds: [left], kind: 'left', date: '2025-01-15' });
  const kinds = await call(backend, 'awardKinds:list', {});
  const kind = (code: string) => {
    const found = kinds.find((k) => k.code === code);
    if (!found) throw new Error(`no kind ${code}`);
    return found.id;
  };
  return { a: a!, b: b!, hang, binh, left, kind };
}

export const person = (name: string, extra: Partial<RecipientDraftInput> = {}): RecipientDraftInput => ({ recipientKind: 'individual', recipientName: name, ...extra });
