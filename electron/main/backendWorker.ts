import { parentPort, workerData } from 'node:worker_threads';
import { openBackend, type Backend } from '../backend/backend';
import { toErrorShape } from '../backend/core/appError';
import { backendSources, backendTargets } from '../backend/files/targets';
import type { FromWorker, ToWorker, WorkerInit } from './workerProtocol';

/** The backend off Electron's main thread: a long import never freezes a window. */
const port = parentPort;
if (!port) throw new Error('backendWorker must run as a worker thread');
const post = (message: FromWorker) => port.postMessage(message);
const init = workerData as WorkerInit;

let backend: Backend | undefined;
try {
  backend = openBackend({
    ...init,
    actor: 'user',
    dailyBackup: true,
    onEvent: (name, payload) => post({ type: 'event', name, payload }),
  });
  post({ type: 'ready', dbFile: backend.dbFile });
} catch (error) {
  post({ type: 'startupError', error: toErrorShape(error, 'vi', { path: init.dataDir }) });
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'close') {
    void (backend?.idle() ?? Promise.resolve()).then(() => {
      backend?.close();
      post({ type: 'closed' });
    });
    return;
  }
  if (!backend) return;
  if (message.grant) (message.grant.read ? backendSources : backendTargets).grant(message.grant.path, message.grant.id);
  void backend.invoke(message.channel, message.input).then((result) => post({ type: 'result', id: message.id, result }));
});
