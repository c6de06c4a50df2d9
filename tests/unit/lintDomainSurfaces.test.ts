import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// Only the domain rule, without type information: the snippets are not files of a tsconfig project.
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'backend-domains/domain-surface',
});

async function surfaceErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'backend-domains/domain-surface').map((m) => m.message);
}

// The first lint loads ESLint and the config: seconds on a busy machine.
describe('backend domains reach each other through index.ts (eslint.config.js)', { timeout: 60_000 }, () => {
  it("refuses another domain's inner file, however deep either file is", async () => {
    const code = [
      "import { addAwards } from '../awards/addAwards';",
      "export { writeAudit } from '../audit/auditLog';",
      "import type { MemberRow } from '../../members/repository';",
      'export const x = [addAwards];',
      'export type M = MemberRow;',
    ].join('\n');
    expect(await surfaceErrors('electron/backend/proposals/decide.ts', code.replace('../../members', '../members'))).toHaveLength(3);
    expect(await surfaceErrors('electron/backend/exchange/import/x.ts', code.replace('../awards', '../../awards').replace('../audit', '../../audit'))).toHaveLength(3);
  });

  it('names the domain and the file in the message', async () => {
    const [message] = await surfaceErrors('electron/backend/certificates/x.ts', "import { addAwards } from '../awards/addAwards';\nexport const a = addAwards;\n");
    expect(message).toContain("certificates may use awards only through 'awards/index.ts'");
    expect(message).toContain("'addAwards'");
  });

  it('lets a domain use its own files, another domain index, the infrastructure and shared/', async () => {
    const code = [
      "import { addAwards } from '../awards';",
      "import { writeAudit } from '../audit/index';",
      "import { statement } from '../db/rows';",
      "import { AppError } from '../core/appError';",
      "import { dataDir } from '../paths/dataDir';",
      "import { getProposal } from './service';",
      "import { parseDocumentNumber } from '../../../shared/domain/documents/documentNumber';",
      'export const x = [addAwards, writeAudit, statement, AppError, dataDir, getProposal, parseDocumentNumber];',
    ].join('\n');
    expect(await surfaceErrors('electron/backend/proposals/x.ts', code)).toEqual([]);
  });

  it('leaves the composition root (electron/backend/*.ts) free to wire every domain', async () => {
    expect(await surfaceErrors('electron/backend/handlers.ts', "import { awardsHandlers } from './awards/handlers';\nexport const h = awardsHandlers;\n")).toEqual([]);
  });
});
