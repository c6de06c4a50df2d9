// `node --import ./register.mjs out/main/index.js`: the module `electron` becomes the stand-in, and
// every worker thread started is recorded so the test can kill one. Test-only; never shipped.
import module from 'node:module';
import './recordWorkers.mjs';

module.register('./hooks.mjs', import.meta.url);
