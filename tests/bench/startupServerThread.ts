import { parentPort } from 'node:worker_threads';
import { startPreviewServer, type PreviewServer, type PreviewServerOptions } from '../../electron/backend/hosts/preview/server';

/** What the startup bench sends its server thread, and what the thread answers. */
export type ServerThreadRequest = { kind: 'start'; options: PreviewServerOptions } | { kind: 'stop' };
export type ServerThreadAnswer = { kind: 'started'; url: string } | { kind: 'stopped' } | { kind: 'failed'; reason: string };

// The preview server on a thread of its own, as the preview runs in a process of its own and the
// desktop backend in a worker: a long call keeps the backend busy, never the browser's driver.
let server: PreviewServer | null = null;
const answer = (message: ServerThreadAnswer) => parentPort?.postMessage(message);

parentPort?.on('message', (request: ServerThreadRequest) => {
  const work =
    request.kind === 'start'
      ? startPreviewServer(request.options).then((started) => {
          server = started;
          answer({ kind: 'started', url: started.url });
        })
      : (server?.close() ?? Promise.resolve()).then(() => {
          server = null;
          answer({ kind: 'stopped' });
        });
  work.catch((error: unknown) => answer({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }));
});
