import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// Only the boundary rule, without type information: the snippets are not files of a tsconfig project.
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// The first lint loads ESLint and the config: seconds on a busy machine.
describe('import boundaries (eslint.config.js)', { timeout: 60_000 }, () => {
  it('refuses electron in the backend', async () => {
    expect(await boundaryErrors('electron/backend/settings/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
  });

  it('refuses Node, the database and backend modules in the renderer', async () => {
    const code = [
      "import fs from 'node:fs';",
      "import Database from 'better-sqlite3';",
      "import { openBackend } from '../../../electron/backend/backend';",
      'export const x = [fs, Database, openBackend];',
    ].join('\n');
    expect(await boundaryErrors('renderer/src/features/x.tsx', code)).toHaveLength(3);
  });

  it('refuses the desktop main process and the preload in the backend, however the path is written', async () => {
    const code = [
      "import { startWorker } from '../../main';",
      "import { x } from '../../main/backendWorker';",
      "import { api } from '../../../electron/preload';",
      'export const y = [startWorker, x, api];',
    ].join('\n');
    expect(await boundaryErrors('electron/backend/settings/x.ts', code)).toHaveLength(3);
  });

  it('refuses the backend-only packages in the renderer', async () => {
    const code = "import ExcelJS from 'exceljs';\nimport { chromium } from 'playwright-core';\nimport PizZip from 'pizzip';\nexport const x = [ExcelJS, chromium, PizZip];\n";
    expect(await boundaryErrors('renderer/src/features/x.tsx', code)).toHaveLength(3);
  });

  it('refuses Node and layers above in shared/', async () => {
    const code = "import path from 'path';\nimport { call } from '../../renderer/src/api/client';\nexport const x = [path, call];\n";
    expect(await boundaryErrors('shared/domain/x.ts', code)).toHaveLength(2);
  });

  it('lets each layer import what it may', async () => {
    expect(await boundaryErrors('renderer/src/x.ts', "import { contract } from '@shared/ipc/contract';\nexport const c = contract;\n")).toEqual([]);
    expect(await boundaryErrors('electron/backend/x.ts', "import fs from 'node:fs';\nexport const f = fs;\n")).toEqual([]);
    expect(await boundaryErrors('electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
  });
});
