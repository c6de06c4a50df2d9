import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/ipc/csp';
import { LARGEST_UPLOAD_BASE64 } from '../../../../shared/domain/schemas';
import type { ProgressEvent } from '../../../../shared/ipc/events';
import { fail } from '../../../../shared/ipc/result';
import type { AppErrorShape, ErrorCode, Result } from '../../../../shared/ipc/result';
import type { Locale } from '../../../../shared/i18n/locale';
import { openBackend, type Backend } from '../../backend';
import { toErrorShape } from '../../core/appError';
import { contentType, indexWithToken, resolveStatic } from './static';
import { exportedFile, originAllowed, readBody, sameToken } from './guard';
import { errorMessage } from '../../../../shared/i18n/errors';

export interface PreviewServerOptions {
  dataDir: string;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  version?: string;
}

export interface PreviewServer {
  url: string;
  token: string;
  backend: Backend;
  close(): Promise<void>;
}

/** A preview whose backend could not open (a full disk): it still serves the page, and every call answers why. */
export interface UnopenedPreview {
  url: string;
  token: string;
  backend: null;
  startupError: AppErrorShape;
  close(): Promise<void>;
}

/** What the HTTP side needs of a backend: its calls, the language of refusals, the folder downloads come from. */
interface ServedBackend {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  locale(): Locale;
  dataDir: string;
}

/** The largest upload as base64, and room for the rest of the call. */
const MAX_BODY = LARGEST_UPLOAD_BASE64 + 1024 * 1024;
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(body);
}

/**
 * The browser preview: the renderer and the backend's handler map over HTTP, on 127.0.0.1 only,
 * behind a random per-run token.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  assertRendererBuilt(options.staticDir);
  const listeners = new Set<http.ServerResponse>();
  return serveOpened(options, openPreviewBackend(options, listeners), listeners);
}

/**
 * `npm run preview`: as startPreviewServer, but a backend that cannot open (a full disk, a locked or
 * damaged database) is said on the first screen, in the user's language, and not only on a console.
 */
export async function startPreviewHost(options: PreviewServerOptions): Promise<PreviewServer | UnopenedPreview> {
  assertRendererBuilt(options.staticDir);
  const listeners = new Set<http.ServerResponse>();
  let backend: Backend;
  try {
    backend = openPreviewBackend(options, listeners);
  } catch (error) {
    const startupError = toErrorShape(error, 'vi', { path: options.dataDir });
    const unopened: ServedBackend = { invoke: async () => fail(startupError), locale: () => 'vi', dataDir: options.dataDir };
    return { ...(await serve(options, unopened, listeners)), backend: null, startupError };
  }
  return serveOpened(options, backend, listeners);
}

async function serveOpened(options: PreviewServerOptions, backend: Backend, listeners: Set<http.ServerResponse>): Promise<PreviewServer> {
  try {
    const served = await serve(options, backend, listeners);
    return {
      ...served,
      backend,
      close: async () => {
        await served.close();
        await backend.idle();
        backend.close();
      },
    };
  } catch (error) {
    backend.close();
    throw error;
  }
}

function assertRendererBuilt(staticDir: string): void {
  if (!fs.existsSync(path.join(path.resolve(staticDir), 'index.html'))) {
    throw new Error(`The renderer is not built (${path.resolve(staticDir)}/index.html is missing): run "npm run build" first.`);
  }
}

function openPreviewBackend(options: PreviewServerOptions, listeners: Set<http.ServerResponse>): Backend {
  return openBackend({
    dataDir: options.dataDir,
    version: options.version,
    actor: 'preview',
    dailyBackup: true,
    onEvent: (name, payload: ProgressEvent) => {
      for (const res of listeners) res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
    },
  });
}

async function serve(
  options: PreviewServerOptions,
  backend: ServedBackend,
  listeners: Set<http.ServerResponse>,
): Promise<{ url: string; token: string; close(): Promise<void> }> {
  const token = options.token ?? crypto.randomBytes(24).toString('hex');
  const staticDir = path.resolve(options.staticDir);
  let port = 0;

  const refuse = (res: http.ServerResponse, status: number, code: ErrorCode, params: Record<string, unknown> = {}) => {
    const message = errorMessage(backend.locale(), code, params);
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(fail({ code, message, details: params })));
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // A page on another site cannot reach us by a DNS name that points at 127.0.0.1.
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
      return send(res, 421, 'text/plain', 'wrong host');
    }
    if (url.pathname.startsWith('/api/')) {
      if (!originAllowed(req.headers.origin, port)) return send(res, 403, 'text/plain', 'forbidden origin');
      const given = req.headers['x-uniondesk-token'] ?? url.searchParams.get('token');
      if (!sameToken(Array.isArray(given) ? given[0] : given, token)) return send(res, 403, 'text/plain', 'forbidden');
      if (url.pathname === '/api/events' && req.method === 'GET') {
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
        res.write(': connected\n\n');
        listeners.add(res);
        req.on('close', () => listeners.delete(res));
        return;
      }
      if (url.pathname === '/api/files' && req.method === 'GET') {
        const file = exportedFile(backend.dataDir, url.searchParams.get('path') ?? '');
        if (!file) return send(res, 404, 'text/plain', 'not found');
        const stream = fs.createReadStream(file);
        stream.on('error', () => res.destroy());
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': contentType(file),
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(path.basename(file))}`,
        });
        return void stream.pipe(res);
      }
      const match = /^\/api\/call\/([\w:.-]+)$/.exec(url.pathname);
      if (!match || req.method !== 'POST') return send(res, 404, 'text/plain', 'not found');
      const body = await readBody(req, MAX_BODY);
      if (body.kind === 'aborted') return void res.destroy();
      if (body.kind === 'tooLarge') return refuse(res, 413, 'UPLOAD_TOO_LARGE', { limit: `${Math.round(MAX_BODY / 1024 / 1024)} MB` });
      let input: unknown;
      try {
        input = body.text ? JSON.parse(body.text) : {};
      } catch {
        return refuse(res, 400, 'REQUEST_MALFORMED');
      }
      const result = await backend.invoke(match[1] ?? '', input);
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    const file = url.pathname === '/' ? null : resolveStatic(staticDir, url.pathname);
    if (file) return send(res, 200, contentType(file), fs.readFileSync(file));
    if (path.extname(url.pathname)) return send(res, 404, 'text/plain', 'not found');
    return send(res, 200, 'text/html; charset=utf-8', indexWithToken(staticDir, token));
  };

  // No request, however malformed, takes the process down: whatever a handler throws becomes a 500.
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      try {
        refuse(res, 500, 'INTERNAL', { reason: error instanceof Error ? error.message : String(error) });
      } catch {
        res.destroy();
      }
    });
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: async () => {
      for (const res of listeners) res.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Requests in flight get a moment to finish; a page that keeps its connection busy does not hold us.
      const grace = setTimeout(() => server.closeAllConnections(), 1_000);
      await closed;
      clearTimeout(grace);
    },
  };
}
