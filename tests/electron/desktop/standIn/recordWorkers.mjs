// Records every worker thread main starts (globalThis.__uniondeskWorkers), so a test can kill one.
// Loaded with `--import` by the stand-in run and by the real Electron run. Test-only; never shipped.
import module from 'node:module';
import workerThreads, { isMainThread } from 'node:worker_threads';

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
