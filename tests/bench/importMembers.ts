import type { Backend } from '../../electron/backend/backend';

/** Inspects a members workbook and imports it as inspected, skipping duplicates; throws on a refusal. */
export async function importMembers(backend: Backend, fileName: string, bytes: Uint8Array): Promise<{ imported: number; errors: unknown[] }> {
  const inspected = await backend.invoke('import:inspect', { kind: 'members', fileName, base64: Buffer.from(bytes).toString('base64') });
  if (!inspected.ok) throw new Error(inspected.error.message);
  const { token, mapping } = inspected.value as { token: string; mapping: Record<string, number> };
  const result = await backend.invoke('import:run', { token, mapping, onDuplicate: 'skip' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { imported: number; errors: unknown[] };
}
