import path from 'node:path';
import type { Result } from '../../shared/ipc/result';
import { AppError, toErrorShape } from '../backend/core/appError';
import { exportsDir } from '../backend/paths/dataDir';
import { assertRestorableSource, assertSafeTarget, FileTargets } from '../backend/files/targets';
import { runPrintJob, type PrintDeps } from './printJob';

export interface FileDialogs {
  showSaveDialog(options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: { defaultPath: string; properties: ['openFile']; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showItemInFolder(path: string): void;
  documentsDir: string;
  /** The live database's folder: nothing chosen may overwrite the database or land in its backups. */
  dataDir: string;
}

/** A path the user chose, handed to the worker with the call that writes it (or, `read`, reads it). */
export interface TargetGrant {
  id: string;
  path: string;
  read?: boolean;
}

export type Forward = (channel: string, input: unknown, grant?: TargetGrant) => Promise<Result<unknown>>;

/** Main's own refusals keep their code and parameters (ipc words them in the user's language); a print failure its reason. */
const failure = (error: unknown): Result<unknown> =>
  error instanceof AppError ? { ok: false, error: toErrorShape(error, 'en') } : { ok: false, error: { code: 'INTERNAL', message: (error as Error).message } };

/**
 * Channels main answers itself because they need a window: the save and open dialogs, the file
 * manager, printing and the report's PDF. Main owns the paths: the dialog's choice stays here behind
 * an opaque id, and only the call that writes it gets the path, once; a file chosen to be read (a
 * backup) is read by the calls that name its id while it lives, and restored from once.
 * Everything else goes on to the backend worker.
 */
export function fileChannelInvoker(
  dialogs: FileDialogs,
  forward: Forward,
  printDeps?: PrintDeps,
  targets = new FileTargets(),
  sources = new FileTargets(Date.now, 'FILE_SOURCE_UNKNOWN'),
): (channel: string, input: unknown) => Promise<Result<unknown>> {
  const chosenPath = (id: string) => {
    const file = targets.take(id);
    assertSafeTarget(file, dialogs.dataDir);
    return file;
  };
  const print = async (job: Parameters<typeof runPrintJob>[1] & { target?: string | undefined }) => {
    const target = job.target ? chosenPath(job.target) : undefined;
    return runPrintJob(printDeps!, { ...job, target });
  };

  return async (channel, input) => {
    try {
      if (channel === 'print:document' && printDeps) {
        return { ok: true, value: await print(input as Parameters<typeof runPrintJob>[1]) };
      }
      // The desktop app makes the report's PDF itself, in a hidden window: no browser outside it.
      if (channel === 'reports:export' && printDeps && (input as { format?: string }).format === 'pdf') {
        const { year, version, target } = input as { year: number; version?: number; target?: string };
        const route = `print/report?year=${year}${version ? `&version=${version}` : ''}`;
        const { file } = await print({ route, mode: 'pdf', target });
        return { ok: true, value: { file } };
      }
      if (channel === 'files:chooseSavePath') {
        const { defaultName, extensions } = input as { defaultName: string; extensions: string[] };
        const choice = await dialogs.showSaveDialog({
          defaultPath: path.join(dialogs.documentsDir, defaultName),
          filters: [{ name: extensions.join(', ').toUpperCase(), extensions }],
        });
        if (choice.canceled || !choice.filePath) return { ok: true, value: { target: null, name: null } };
        assertSafeTarget(choice.filePath, dialogs.dataDir);
        return { ok: true, value: { target: targets.grant(choice.filePath), name: path.basename(choice.filePath) } };
      }
      if (channel === 'files:chooseOpenFile') {
        const { extensions } = input as { extensions: string[] };
        const choice = await dialogs.showOpenDialog({
          defaultPath: dialogs.documentsDir,
          properties: ['openFile'],
          filters: [{ name: extensions.join(', ').toUpperCase(), extensions }],
        });
        const file = choice.filePaths[0];
        if (choice.canceled || !file) return { ok: true, value: { source: null, name: null } };
        assertRestorableSource(file, dialogs.dataDir);
        return { ok: true, value: { source: sources.grant(file), name: path.basename(file) } };
      }
      if (channel === 'files:reveal') {
        const which = input as { target: string } | { exported: string };
        dialogs.showItemInFolder('target' in which ? targets.peek(which.target) : path.join(exportsDir(dialogs.dataDir), path.basename(which.exported)));
        return { ok: true, value: { shown: true } };
      }
      const source = (input as { source?: unknown } | null)?.source;
      if (typeof source === 'string') {
        const file = channel === 'backups:restore' ? sources.take(source) : sources.read(source);
        assertRestorableSource(file, dialogs.dataDir);
        return forward(channel, input, { id: source, path: file, read: true });
      }
      const target = (input as { target?: unknown } | null)?.target;
      if (typeof target === 'string') return forward(channel, input, { id: target, path: chosenPath(target) });
      return forward(channel, input);
    } catch (error) {
      return failure(error);
    }
  };
}
