import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '../../../../shared/i18n/locale';
import { toErrorShape } from '../../core/appError';
import { errorMessage } from '../../../../shared/i18n/errors';
import { openBackend, type Backend } from '../../backend';
import { defaultDataDir } from '../../paths/dataDir';
import { CliFailure, usageError, type Command, type CommandContext } from './context';
import { cliMessage } from './messages';
import { backup, init, restore, verify } from './commands/database';
import { exportCommand, importCommand, templateCommand } from './commands/exchange';
import { members } from './commands/members';
import { seed } from './commands/seed';
import { settings } from './commands/settings';
import { campaigns } from './commands/campaigns';
import { targets } from './commands/targets';
import { withGrantedTarget } from '../../files';
import { awards } from './commands/awards';
import { certificates } from './commands/certificates';
import { report } from './commands/report';
import { forms, rollup } from './commands/forms';
import { packageCommand } from './commands/upward';
import { upper } from './commands/upper';
import { audit } from './commands/audit';
import { imports } from './commands/imports';

const commands: Record<string, Command> = {
  init,
  seed,
  settings,
  backup,
  restore,
  verify,
  members,
  import: importCommand,
  export: exportCommand,
  template: templateCommand,
  campaigns,
  targets,
  awards,
  certificates,
  report,
  forms,
  rollup,
  package: packageCommand,
  upper,
  audit,
  imports,
};

const globalOptions = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  version?: string;
  /** The packaged app's migrations and resources (fonts, templates); from sources they are found. */
  migrationsDir?: string;
  resourcesDir?: string;
}

/** The first word that is neither an option nor the value of a global option (`--data-dir D`). */
function commandName(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('-')) return arg;
    const option = globalOptions[arg.slice(2) as keyof typeof globalOptions] as { type: string } | undefined;
    if (option?.type === 'string') i++;
  }
  return undefined;
}

function pickLocale(argv: string[], env: NodeJS.ProcessEnv): Locale {
  const index = argv.indexOf('--lang');
  const requested = index >= 0 ? argv[index + 1] : env.UNIONDESK_LANG;
  return isLocale(requested) ? requested : 'vi';
}

/** Runs one CLI command and returns the process exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const locale = pickLocale(argv, io.env);
  let backend: Backend | undefined;
  try {
    const name = commandName(argv);
    if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
      io.stdout(cliMessage(locale, 'usage'));
      return argv.length === 0 ? 2 : 0;
    }
    if (name === undefined) throw usageError(locale, 'missingCommand');
    const command = commands[name];
    if (!command) throw usageError(locale, 'unknownCommand', { command: name });

    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: argv, options: { ...globalOptions, ...command.options }, allowPositionals: true, strict: true });
    } catch (error) {
      throw usageError(locale, 'badArguments', { command: name, reason: (error as Error).message });
    }
    const values = parsed.values as Record<string, string | boolean | undefined>;
    const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : defaultDataDir(io.env);

    const cx: CommandContext = {
      command: name,
      positionals: parsed.positionals,
      values,
      locale,
      json: values.json === true,
      backend: () =>
        (backend ??= openBackend({
          dataDir,
          locale,
          actor: 'cli',
          version: io.version,
          ...(io.migrationsDir ? { migrationsDir: io.migrationsDir } : {}),
          ...(io.resourcesDir ? { resourcesDir: io.resourcesDir } : {}),
          // The CLI waits for another process's restore or upgrade, and says why.
          waitForLock: true,
          onLockWait: (pid) => io.stderr(`uniondesk: ${errorMessage(locale, 'DATA_DIR_WAITING', { pid })}`),
        })),
      call: async (channel, input) => {
        const result = await cx.backend().invoke(channel, withGrantedTarget(input));
        if (!result.ok) throw new CliFailure(result.error.message);
        return result.value as never;
      },
      message: (key, params) => cliMessage(locale, key, params),
      usageError: (key, params) => usageError(locale, key, params),
      integer: (option, fallback) => {
        const raw = values[option];
        if (raw === undefined) return fallback;
        if (typeof raw !== 'string' || !/^\d+$/.test(raw)) throw usageError(locale, 'badNumber', { option: `--${option}`, value: raw });
        return Number(raw);
      },
    };
    const outcome = await command.run(cx);
    io.stdout(cx.json ? JSON.stringify(outcome.json, null, 2) : outcome.text);
    return outcome.exitCode ?? 0;
  } catch (error) {
    const message = error instanceof CliFailure ? error.message : toErrorShape(error, locale).message;
    io.stderr(`uniondesk: ${message.replace(/\s*\n\s*/g, ' ')}`);
    return error instanceof CliFailure ? error.exitCode : 1;
  } finally {
    backend?.close();
  }
}
