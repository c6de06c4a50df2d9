import type { Result } from '../../shared/ipc/result';

import { runPrintJob, type PrintDeps } from './printJob';

export interface FileDialogs {
  showSaveDialog(options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showItemInFolder(path: string): void;
  documentsDir: string;
}

/**
 * Channels main answers itself because they need a window: the save dialog, the file manager,
 * printing and the report's PDF.
 * Everything else goes on to the backend worker.
 */
export function fileChannelInvoker(
  dialogs: FileDialogs,
  forward: (channel: string, input: unknown) => Promise<Result<unknown>>,
  printDeps?: PrintDeps,
): (channel: string, input: unknown) => Promise<Result<unknown>> {
  return async (channel, input) => {
    if (channel === 'print:document' && printDeps) {
      try {
        return { ok: true, value: await runPrintJob(printDeps, input as Parameters<typeof runPrintJob>[1]) };
      } catch (error) {
        return { ok: false, error: { code: 'INTERNAL', message: (error as Error).message } };
      }
    }
    // The desktop app makes the report's PDF itself, in a hidden window: no browser outside it.
    if (channel === 'reports:export' && printDeps && (input as { format?: string }).format === 'pdf') {
      const { year, version, target } = input as { year: number; version?: number; target?: string };
      const route = `print/report?year=${year}${version ? `&version=${version}` : ''}`;
      try {
        const { file } = await runPrintJob(printDeps, { route, mode: 'pdf', target });
        return { ok: true, value: { file } };
      } catch (error) {
        return { ok: false, error: { code: 'INTERNAL', message: (error as Error).message } };
      }
    }
    if (channel === 'files:chooseSavePath') {
      const { defaultName, extensions } = input as { defaultName: string; extensions: string[] };
      const choice = await dialogs.showSaveDialog({
        defaultPath: `${dialogs.documentsDir}/${defaultName}`,
        filters: [{ name: extensions.join(', ').toUpperCase(), extensions }],
      });
      return { ok: true, value: { path: choice.canceled || !choice.filePath ? null : choice.filePath } };
    }
    if (channel === 'files:reveal') {
      dialogs.showItemInFolder((input as { path: string }).path);
      return { ok: true, value: { shown: true } };
    }
    return forward(channel, input);
  };
}
