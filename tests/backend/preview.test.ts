import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../electron/backend/hosts/preview/server';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp';
import { useTempDirs } from '../fixtures/backend';

const temp = useTempDirs();
const servers: PreviewServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

const SECRET = 'top-secret-do-not-serve';

/** A server over a temp renderer folder, with a secret file just outside it. */
async function start(): Promise<PreviewServer> {
  const root = temp.dir('uniondesk-preview-');
  const staticDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(staticDir, 'index.html'),
    '<!doctype html>\n<html lang="vi">\n  <head>\n    <title>UnionDesk</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
  );
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("app");');
  fs.writeFileSync(path.join(root, 'secret.json'), JSON.stringify({ SECRET }));
  const server = await startPreviewServer({ dataDir: path.join(root, 'data'), staticDir, port: 0, version: '1.2.3' });
  servers.push(server);
  return server;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request: the path is sent exactly as given (no URL normalisation), headers as given. */
function request(
  server: PreviewServer,
  rawPath: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: Number(port), path: rawPath, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const callApi = (server: PreviewServer, channel: string, input: unknown, token: string | null = server.token) =>
  request(server, `/api/call/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { 'X-UnionDesk-Token': token }) },
    body: JSON.stringify(input),
  });

describe('preview server', () => {
  it('listens on 127.0.0.1 and serves index.html with the token meta and the CSP', async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.token).toMatch(/^[0-9a-f]{48}$/);
    const page = await request(server, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain(`<meta name="uniondesk-token" content="${server.token}" />`);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    // Client-side routes get the page too; real assets are served as themselves.
    expect((await request(server, '/settings')).body).toContain('uniondesk-token');
    const asset = await request(server, '/assets/app.js');
    expect(asset).toMatchObject({ status: 200, body: 'console.log("app");' });
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    expect(asset.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses API calls without the token or with a wrong one (403)', async () => {
    const server = await start();
    expect((await callApi(server, 'app:info', {}, null)).status).toBe(403);
    expect((await callApi(server, 'app:info', {}, 'x'.repeat(server.token.length))).status).toBe(403);
    expect((await callApi(server, 'app:info', {}, server.token.slice(1))).status).toBe(403);
    expect((await request(server, `/api/call/app:info?token=${'0'.repeat(48)}`, { method: 'POST', body: '{}' })).status).toBe(403);
    const events = await request(server, '/api/events');
    expect(events.status).toBe(403);
  });

  it('answers a call with the token with the ok envelope', async () => {
    const server = await start();
    const reply = await callApi(server, 'app:info', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      value: {
        version: '1.2.3',
        dataDir: server.backend.dataDir,
        dbFile: server.backend.dbFile,
        schemaVersion: expect.any(Number),
        setupDone: false,
        demoData: false,
      },
    });
    // Errors come back as envelopes too.
    expect(JSON.parse((await callApi(server, 'settings:update', { 'office.name': '' })).body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(JSON.parse((await callApi(server, 'no:such', {})).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const badJson = await request(server, '/api/call/app:info', { method: 'POST', headers: { 'X-UnionDesk-Token': server.token }, body: '{' });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body)).toMatchObject({ ok: false, error: { code: 'REQUEST_MALFORMED' } });
    expect((await request(server, '/api/call/app:info', { headers: { 'X-UnionDesk-Token': server.token } })).status).toBe(404);
  });

  it('refuses a wrong Host header (DNS rebinding) with 421', async () => {
    const server = await start();
    const { port } = new URL(server.url);
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${Number(port) + 1}`, `127.0.0.1.evil.example:${port}`]) {
      expect((await request(server, '/', { headers: { Host: host } })).status, host).toBe(421);
      const api = await request(server, '/api/call/app:info', {
        method: 'POST',
        headers: { Host: host, 'X-UnionDesk-Token': server.token },
        body: '{}',
      });
      expect(api.status, host).toBe(421);
    }
    expect((await request(server, '/', { headers: { Host: `localhost:${port}` } })).status).toBe(200);
  });

  it.each(['/../secret.json', '/%2e%2e/secret.json', '/%2E%2E%2Fsecret.json', '/assets/..%2f..%2fsecret.json', '/..%5csecret.json', '/assets/../../secret.json'])(
    'does not serve files outside the renderer folder: %s',
    async (rawPath) => {
      const server = await start();
      const reply = await request(server, rawPath);
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain(SECRET);
    },
  );

  it('never serves a file outside the folder, whatever the path looks like', async () => {
    const server = await start();
    for (const rawPath of ['/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd', '/%00', '/%E0%A4%A']) {
      const reply = await request(server, rawPath);
      expect(reply.body, rawPath).not.toMatch(/root:|top-secret/);
    }
  });

  it('refuses other methods on static paths', async () => {
    const server = await start();
    expect((await request(server, '/', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('streams progress events of a demo setup over /api/events', async () => {
    const server = await start();
    const { port } = new URL(server.url);
    const jobId = 'preview-job-1';
    let setup: Promise<Reply> | undefined;
    const received = new Promise<{ jobId: string; phase: string; done: number; total: number }[]>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: Number(port), path: '/api/events', headers: { 'X-UnionDesk-Token': server.token } }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('text/event-stream');
        let buffer = '';
        let started = false;
        const events: { jobId: string; phase: string; done: number; total: number }[] = [];
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          if (!started && buffer.includes(': connected')) {
            // Subscribed: now start the job whose progress should arrive here.
            started = true;
            setup = callApi(server, 'setup:start', { mode: 'demo', unions: 700, year: 2025, jobId });
          }
          const blocks = buffer.split('\n\n');
          buffer = blocks.pop() ?? '';
          for (const block of blocks) {
            const lines = block.split('\n');
            if (lines[0] !== 'event: progress') continue;
            const event = JSON.parse((lines[1] ?? '').replace(/^data: /, '')) as (typeof events)[number];
            events.push(event);
            if (event.done === event.total) {
              req.destroy();
              resolve(events);
            }
          }
        });
      });
      req.on('error', (error) => {
        if (!('code' in error) || error.code !== 'ECONNRESET') reject(error);
      });
    });
    const events = await received;
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events.every((event) => event.jobId === jobId && event.phase === 'seed.unions' && event.total === 700)).toBe(true);
    expect(events.at(-1)?.done).toBe(700);
    // The call itself finishes normally before the server is closed.
    const reply = await setup;
    expect(JSON.parse(reply?.body ?? '{}')).toMatchObject({ ok: true, value: { 'office.workingYear': 2025 } });
  });
});
