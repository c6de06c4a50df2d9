// `node --import ./register.mjs out/main/index.js`: the module `electron` becomes the stand-in, and
// every worker thread started is recorded so the test can kill one. Test-only; never shipped.
import module from 'node:module';
import { isMainThread } from 'node:worker_threads';
import workerThreads from 'node:worker_threads';

module.register('./hooks.mjs', import.meta.url);

if (isMainThread) {
  const Original = workerThreads.Worker;
  const started = [];
  class RecordedWorker extends Original {
    constructor(file, options) {
      super(file, options);
      started.push({ file: String(file), worker: this });
    }
  }
  workerThreads.Worker = RecordedWorker;
  module.syncBuiltinESMExports();
  globalThis.__uniondeskWorkers = started;
}
