import type { Backend } from '../../../electron/backend/backend';
import type { Input } from '../../../shared/ipc/contract';
import type { MemberDraftInput } from '../../../shared/members/model';
import type { UnionDetail, UnionDraftInput } from '../../../shared/organizations/union';
import { call, readDb } from '../../fixtures/backend';

export const OFFICE_NAME = 'Công đoàn phường Chương Mỹ';

/** An office set up empty (no demo data), with the given CĐCS created through `unions:save`. */
export async function emptyOffice(backend: Backend, unions: (string | UnionDraftInput)[] = []): Promise<UnionDetail[]> {
  await call(backend, 'setup:start', { mode: 'empty', officeName: OFFICE_NAME, year: 2025 });
  const created: UnionDetail[] = [];
  for (const union of unions) {
    const draft = typeof union === 'string' ? { name: union } : union;
    created.push(await call(backend, 'unions:save', { draft }));
  }
  return created;
}

/** Admits one member (kết nạp) and returns the id. */
export async function admit(
  backend: Backend,
  organizationId: number,
  fullName: string,
  extra: Partial<MemberDraftInput> = {},
  date = '2024-05-01',
): Promise<number> {
  const input: Input<'members:admit'> = { draft: { organizationId, fullName, ...extra }, date, decisionNo: '' };
  return (await call(backend, 'members:admit', input)).id;
}

/** Every member id in the official order, read straight from the database. */
export function idsInOfficialOrder(backend: Backend, where = '1', ...params: unknown[]): number[] {
  return readDb(backend.dbFile, (db) =>
    db.prepare(`SELECT m.id FROM members m WHERE ${where} ORDER BY m.sort_key, m.id`).pluck().all(...params),
  ) as number[];
}

/** Audit rows of one entity, oldest first. */
export function auditRows(backend: Backend, entity: string, entityId?: number) {
  return readDb(backend.dbFile, (db) =>
    entityId === undefined
      ? db.prepare('SELECT action, entity, entity_id, before, after FROM audit_log WHERE entity = ? ORDER BY id').all(entity)
      : db.prepare('SELECT action, entity, entity_id, before, after FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id').all(entity, String(entityId)),
  ) as { action: string; entity: string; entity_id: string | null; before: string | null; after: string | null }[];
}

/** Bytes as the base64 text `import:inspect` takes. */
export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
