import path from 'node:path';
import type { Channel, ParsedInput } from '../../shared/ipc/contract';
import { isMainChannel, TO_BACKEND, type MainChannel, type MainHandlers } from '../../shared/ipc/mainChannels';
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

export type Forward = (channel: Channel, input: unknown, grant?: TargetGrant) => Promise<Result<unknown>>;

/** Main's own refusals keep their code and parameters (ipc words them in the user's language); a print failure its reason. */
const failure = (error: unknown): Result<unknown> =>
  error instanceof AppError ? { ok: false, error: toErrorShape(error, 'en') } : { ok: false, error: { code: 'INTERNAL', message: (error as Error).message } };

/**
 * The channels main answers itself (shared/ipc/mainChannels.ts) because they need a window: the save and open dialogs, the file
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
): (channel: Channel, input: unknown) => Promise<Result<unknown>> {
  const chosenPath = (id: string) => {
    const file = targets.take(id);
    assertSafeTarget(file, dialogs.dataDir);
    return file;
  };
  const print = async (job: Parameters<typeof runPrintJob>[1] & { target?: string | undefined }) => {
    const target = job.target ? chosenPath(job.target) : undefined;
    return runPrintJob(printDeps!, { ...job, target });
  };

  const handlers: MainHandlers = {
    'print:document': async (job) => (printDeps ? print(job) : TO_BACKEND),
    // The desktop app makes the report's PDF itself, in a hidden window: no browser outside it.
    'reports:export': async ({ year, version, format, target }) => {
      if (!printDeps || format !== 'pdf') return TO_BACKEND;
      const route = `print/report?year=${year}${version ? `&version=${version}` : ''}`;
      const { file } = await print({ route, mode: 'pdf', target });
      if (file === null) throw new Error('The report was printed to no file.');
      return { file };
    },
    'files:chooseSavePath': async ({ defaultName, extensions }) => {
      const choice = await dialogs.showSaveDialog({
        defaultPath: path.join(dialogs.documentsDir, defaultName),
        filters: [{ name: extensions.join(', ').toUpperCase(), extensions }],
      });
      if (choice.canceled || !choice.filePath) return { target: null, name: null };
      assertSafeTarget(choice.filePath, dialogs.dataDir);
      return { target: targets.grant(choice.filePath), name: path.basename(choice.filePath) };
    },
    'files:chooseOpenFile': async ({ extensions }) => {
      const choice = await dialogs.showOpenDialog({
        defaultPath: dialogs.documentsDir,
        properties: ['openFile'],
        filters: [{ name: extensions.join(', ').toUpperCase(), extensions }],
      });
      const file = choice.filePaths[0];
      if (choice.canceled || !file) return { source: null, name: null };
      assertRestorableSource(file, dialogs.dataDir);
      return { source: sources.grant(file), name: path.basename(file) };
    },
    'files:reveal': async (which) => {
      dialogs.showItemInFolder('target' in which ? targets.peek(which.target) : path.join(exportsDir(dialogs.dataDir), path.basename(which.exported)));
      return { shown: true };
    },
  };
  // ipc.ts validated `input` against the channel's schema before this call.
  const answer = <C extends MainChannel>(channel: C, input: unknown) => handlers[channel](input as ParsedInput<C>);

  return async (channel, input) => {
    try {
      if (isMainChannel(channel)) {
        const value = await answer(channel, input);
        if (value !== TO_BACKEND) return { ok: true, value };
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
