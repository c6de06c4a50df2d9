import { call } from './client';
import { previewToken } from './transport';

/** The preview server serves files of the data folder's exports/ to the page that holds its token. */
export function previewDownloadUrl(path: string): string {
  const token = previewToken() ?? '';
  return `/api/files?path=${encodeURIComponent(path)}&token=${encodeURIComponent(token)}`;
}

export const isDesktop = () => window.api !== undefined;

export const fileNameOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * Hands a written file to the user: shown in its folder (Electron; by the id of the user's choice,
 * or by its name in the data folder's exports/) or downloaded (browser preview).
 */
export async function deliverFile(path: string, target?: string): Promise<void> {
  if (isDesktop()) {
    await call('files:reveal', target ? { target } : { exported: fileNameOf(path) });
    return;
  }
  const link = document.createElement('a');
  link.href = previewDownloadUrl(path);
  link.download = fileNameOf(path);
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Where to write a file: the id main gives for the file the user chose in its save dialog (the
 * renderer never sees or sends a path to write), undefined where there is no dialog (the preview
 * writes to the data folder's exports/), or null when the user cancelled.
 */
export async function chooseTarget(defaultName: string, extension: string): Promise<string | undefined | null> {
  const { target } = await call('files:chooseSavePath', { defaultName, extensions: [extension] });
  if (target) return target;
  return isDesktop() ? null : undefined;
}

/**
 * The export sequence: ask where to save (`chooseTarget`), let `write` write the file there, tell
 * `onWritten`, then hand the file to the user (`deliverFile`). Null when the user cancelled.
 */
export async function saveExport<R extends { file: string }>(
  defaultName: string,
  extension: string,
  write: (where: { target?: string }) => Promise<R>,
  onWritten: (result: R) => void,
): Promise<R | null> {
  const target = await chooseTarget(defaultName, extension);
  if (target === null) return null;
  const result = await write(target ? { target } : {});
  onWritten(result);
  await deliverFile(result.file, target);
  return result;
}
