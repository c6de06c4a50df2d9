import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest's default leaves one core idle (cores - 1): on CI's two cores that is one test file at a time.
    maxWorkers: availableParallelism(),
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'backend',
          include: ['tests/backend/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 30_000,
        },
      },
      { test: { name: 'electron', include: ['tests/electron/**/*.test.ts'], environment: 'node' } },
      {
        esbuild: { jsx: 'automatic' },
        resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
        test: { name: 'renderer', include: ['tests/renderer/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['tests/renderer/setup.ts'], testTimeout: 20_000 },
      },
    ],
  },
});
