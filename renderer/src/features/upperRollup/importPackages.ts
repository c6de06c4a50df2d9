import type { UpperImportResult } from '@shared/upperRollup/model';
import { call } from '../../api/client';
import { fileToBase64 } from '../../api/fileBase64';

/** Reads the chosen .zip files and imports them in one call; `repin`: office codes whose new key is accepted on purpose. */
export async function importPackageFiles(files: File[], repin: string[] = []): Promise<UpperImportResult> {
  const encoded = await Promise.all(files.map(async (file) => ({ name: file.name, base64: await fileToBase64(file) })));
  return call('upper:import', { files: encoded, repin });
}
