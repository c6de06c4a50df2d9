import path from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { CHANNELS } from './shared/ipc/contract';

const root = import.meta.dirname;
/** Where the build goes: out/ by default; UNIONDESK_OUT_DIR gives a test run a folder of its own. */
const out = process.env.UNIONDESK_OUT_DIR ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: path.join(out, 'main'),
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: path.join(root, 'electron/main/index.ts'),
          backendWorker: path.join(root, 'electron/main/backendWorker.ts'),
        },
      },
    },
  },
  preload: {
    // Only the channel names: main validates every input, so the preload needs no zod and no schemas.
    define: { __UNIONDESK_CHANNELS__: JSON.stringify(CHANNELS) },
    build: {
      outDir: path.join(out, 'preload'),
      // A sandboxed preload cannot require anything but 'electron': bundle everything else.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: path.join(root, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: path.join(root, 'renderer'),
    // file:// in Electron: asset URLs must be relative to index.html.
    base: './',
    plugins: [react()],
    resolve: { alias: { '@shared': path.join(root, 'shared') } },
    build: {
      outDir: path.resolve(root, out, 'renderer'),
      minify: true,
      // The largest chunk a window loads; tests/unit/build/bundle.test.ts holds the build to it.
      chunkSizeWarningLimit: 1600,
      rollupOptions: { input: path.join(root, 'renderer/index.html') },
    },
  },
});
