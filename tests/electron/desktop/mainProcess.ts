import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Result } from '../../../shared/ipc/result';

const REGISTER = path.join(import.meta.dirname, 'standIn', 'register.mjs');

export interface WindowState {
  id: number;
  options: { show?: boolean; width?: number; height?: number; webPreferences?: Record<string, unknown> };
  url: string | undefined;
  destroyed: boolean;
  visible: boolean;
  hasWindowOpenHandler: boolean;
  reloads: number;
}

export interface HostState {
  windows: WindowState[];
  channels: string[];
  workers: { file: string; threadId: number }[];
  menu: unknown;
  errorBoxes: { title: string; content: string }[];
  resourcesPath: string | null;
}

type FromChild =
  | { type: 'reply'; id: number; value?: unknown; error?: string }
  | { type: 'sent'; windowId: number; channel: string; payload: unknown }
  | { type: 'window' | 'quit' | 'exit' | 'lockRefused' | 'errorBox' | 'log'; [key: string]: unknown };

export interface MainProcessOptions {
  mainFile: string;
  appPath: string;
  userData: string;
  documents: string;
  packaged?: { resourcesPath: string };
  env?: NodeJS.ProcessEnv;
  args?: string[];
}

/** out/main/index.js in plain Node with `electron` resolved to the stand-in; driven over IPC. */
export class MainProcess {
  readonly messages: FromChild[] = [];
  readonly stderr: string[] = [];
  readonly stdout: string[] = [];
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;
  private nextId = 1;
  private readonly replies = new Map<number, (message: Extract<FromChild, { type: 'reply' }>) => void>();

  constructor(options: MainProcessOptions) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      UD_USER_DATA: options.userData,
      UD_DOCUMENTS: options.documents,
      UD_APP_PATH: options.appPath,
      UD_PACKAGED: options.packaged ? '1' : '0',
      UD_RESOURCES_PATH: options.packaged?.resourcesPath ?? '',
      ...options.env,
    };
    delete env.UNIONDESK_DATA_DIR;
    delete env.ELECTRON_RENDERER_URL;
    this.child = fork(options.mainFile, options.args ?? [], { execArgv: ['--import', REGISTER], env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    this.child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.child.stdout!.on('data', (chunk: Buffer) => this.stdout.push(chunk.toString()));
    this.child.on('message', (message: FromChild) => {
      this.messages.push(message);
      if (message.type === 'reply') {
        this.replies.get(message.id)?.(message);
        this.replies.delete(message.id);
      }
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  private request<T>(op: string, args: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.replies.set(id, (reply) => (reply.error ? reject(new Error(reply.error)) : resolve(reply.value as T)));
      this.child.send({ id, op, ...args });
    });
  }

  state = () => this.request<HostState>('state');
  invoke = (url: string | null, channel: string, input: unknown) => this.request<Result<unknown>>('invoke', { url, channel, input });
  windowOpen = (windowId: number, url: string) => this.request<{ action: string }>('windowOpen', { windowId, url });
  navigate = (windowId: number, url: string) => this.request<{ prevented: boolean }>('navigate', { windowId, url });
  webRequest = (url: string) => this.request<{ cancel: boolean }>('request', { url });
  headers = () => this.request<{ responseHeaders: Record<string, string[]> }>('headers');
  permission = () => this.request<boolean>('permission');
  failNextPdf = () => this.request<void>('failNextPdf');
  chooseNext = (file: string) => this.request<void>('chooseNext', { file });
  crashRenderer = (windowId: number) => this.request<void>('crashRenderer', { windowId });
  killWorker = () => this.request<number>('killWorker');
  closeAll = () => this.request<void>('closeAll');

  /** Calls `listener` with every message main sends to a window from now on. */
  onSent(listener: (channel: string, payload: unknown) => void): void {
    this.child.on('message', (message: FromChild) => {
      if (message.type === 'sent') listener(message.channel, message.payload);
    });
  }

  /** Events main sent to windows (`event:<name>`). */
  sent(channel: string): unknown[] {
    return this.messages.flatMap((m) => (m.type === 'sent' && m.channel === channel ? [m.payload] : []));
  }

  /** Waits until `check` holds for the state (main's startup is asynchronous). */
  async until(check: (state: HostState) => boolean, what: string, timeoutMs = 60_000): Promise<HostState> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const state = await this.request<HostState>('state');
      if (check(state)) return state;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr.join('')}; messages: ${JSON.stringify(this.messages.filter((m) => m.type !== 'reply'))}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
