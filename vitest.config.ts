import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defaultExclude, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/*
 * Test files share their worker's loaded modules (isolate: false): importing the backend or antd
 * again for every file was most of the run's time. A file that replaces a module (vi.mock) would
 * leak the replacement into the files after it (and a file that reads what every module declared
 * would count the declarations of the files before it), so those files run in a project of their own that
 * keeps one module graph per file. What else a file could leave behind is reset per file by each
 * project's setup (tests/renderer/setup.ts; tests/fixtures/backend.ts closes backends and removes
 * temp folders after every test).
 */
const NEEDS_OWN_MODULES = [
  /\bvi\s*\.\s*(mock|doMock)\s*\(/,
  // Loads every backend module and reads all they declared (the statement registry): the statements
  // other test files declared in the same worker would be counted too.
  /\bimport\.meta\.glob\(/,
];

function filesUnder(folder: string, suffix: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => `${folder}/${file.split('\\').join('/')}`);
}

/** The project as two: its files sharing modules, and the ones that need their own module graph, each in one. */
function sharingModules(project: TestProjectInlineConfiguration, folder: string, suffix: string): TestProjectInlineConfiguration[] {
  const ownGraph = filesUnder(folder, suffix).filter((file) => NEEDS_OWN_MODULES.some((pattern) => pattern.test(fs.readFileSync(file, 'utf8'))));
  const test = project.test ?? {};
  const shared = { ...project, test: { ...test, isolate: false, exclude: [...defaultExclude, ...ownGraph] } };
  if (ownGraph.length === 0) return [shared];
  return [shared, { ...project, test: { ...test, name: `${test.name ?? folder}-isolated`, include: ownGraph, isolate: true } }];
}

export default defineConfig({
  test: {
    // Vitest's default leaves one core idle (cores - 1): on CI's two cores that is one test file at a time.
    maxWorkers: availableParallelism(),
    projects: [
      ...sharingModules({ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } }, 'tests/unit', '.test.ts'),
      ...sharingModules(
        {
          test: {
            name: 'backend',
            include: ['tests/backend/**/*.test.ts'],
            environment: 'node',
            pool: 'forks',
            testTimeout: 30_000,
            globalSetup: ['tests/fixtures/migratedDatabase.globalSetup.ts'],
          },
        },
        'tests/backend',
        '.test.ts',
      ),
      ...sharingModules({ test: { name: 'electron', include: ['tests/electron/**/*.test.ts'], environment: 'node' } }, 'tests/electron', '.test.ts'),
      ...sharingModules(
        {
          esbuild: { jsx: 'automatic' },
          resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
          test: {
            name: 'renderer',
            include: ['tests/renderer/**/*.test.tsx'],
            environment: 'jsdom',
            setupFiles: ['tests/renderer/setup.ts'],
            testTimeout: 20_000,
          },
        },
        'tests/renderer',
        '.test.tsx',
      ),
    ],
  },
});
