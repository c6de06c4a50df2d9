import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../../electron/backend/hosts/preview/server';
import { useTempDirs } from '../../fixtures/backend';
import { LARGEST_UPLOAD_BASE64 } from '../../../shared/domain/schemas';

const temp = useTempDirs();
const servers: PreviewServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function start(): Promise<PreviewServer> {
  const root = temp.dir('uniondesk-preview-');
  const staticDir = path.join(root, 'renderer');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  const server = await startPreviewServer({ dataDir: path.join(root, 'data'), staticDir, port: 0 });
  servers.push(server);
  return server;
}

interface Reply {
  status: number;
  body: string;
}

function request(server: PreviewServer, rawPath: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: Number(port), path: rawPath, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (server: PreviewServer, channel: string, input: unknown, headers: Record<string, string> = {}) =>
  request(server, `/api/call/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-UnionDesk-Token': server.token, ...headers },
    body: JSON.stringify(input),
  });

describe('preview server under hostile requests', () => {
  it('a token of 48 "é" (right length in characters, not bytes) is refused and the server stays up', async () => {
    const server = await start();
    const token = 'é'.repeat(server.token.length);
    expect((await request(server, `/api/files?token=${encodeURIComponent(token)}&path=x`)).status).toBe(403);
    expect((await call(server, 'app:info', {}, { 'X-UnionDesk-Token': 'é'.repeat(24) })).status).toBe(403);
    expect((await call(server, 'app:info', {})).status).toBe(200);
  });

  it('refuses calls from a page of another origin even with the token', async () => {
    const server = await start();
    const { port } = new URL(server.url);
    expect((await call(server, 'app:info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await call(server, 'app:info', {}, { Origin: 'null' })).status).toBe(403);
    expect((await call(server, 'app:info', {}, { Origin: `http://127.0.0.1:${port}` })).status).toBe(200);
  });

  it('does not follow a symbolic link out of exports/', async () => {
    const server = await start();
    const exports = path.join(server.backend.dataDir, 'exports');
    fs.mkdirSync(exports, { recursive: true });
    const link = path.join(exports, 'ds.xlsx');
    fs.symlinkSync(server.backend.dbFile, link);
    const folderLink = path.join(exports, 'thu-muc');
    fs.symlinkSync(server.backend.dataDir, folderLink);
    const get = (file: string) => request(server, `/api/files?path=${encodeURIComponent(file)}`, { headers: { 'X-UnionDesk-Token': server.token } });
    expect((await get(link)).status).toBe(404);
    expect((await get(path.join(folderLink, 'uniondesk.db'))).status).toBe(404);
    fs.writeFileSync(path.join(exports, 'that.txt'), 'xin chào');
    expect(await get(path.join(exports, 'that.txt'))).toEqual({ status: 200, body: 'xin chào' });
  });

  it('an empty upload says "Tệp rỗng"', async () => {
    const server = await start();
    const reply = JSON.parse((await call(server, 'import:inspect', { kind: 'members', fileName: 'ds.xlsx', base64: '' })).body) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(reply).toMatchObject({ ok: false, error: { code: 'UPLOAD_EMPTY' } });
    expect(reply.error.message).toMatch(/^Tệp rỗng: "ds.xlsx"/);
  });

  it('an upload over the limit gets a 413 with a plain message, and the server stays up', async () => {
    const server = await start();
    const huge = Buffer.alloc(LARGEST_UPLOAD_BASE64 + 2 * 1024 * 1024, 0x61);
    const reply = await request(server, '/api/call/import:inspect', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-UnionDesk-Token': server.token },
      body: huge,
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UPLOAD_TOO_LARGE', message: expect.stringMatching(/^Tệp quá lớn/) } });
    expect((await call(server, 'app:info', {})).status).toBe(200);
  });

  it('a handler that throws becomes a 500, never a crash', async () => {
    const server = await start();
    server.backend.invoke = () => Promise.reject(new Error('boom'));
    const reply = await call(server, 'app:info', {});
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect((await request(server, '/')).status).toBe(200);
  });
});
