import { runCli } from '../backend/hosts/cli/run';
import { resolveDataDir, resolveMigrationsDir, resolveResourcesDir, type PathInputs } from './paths';

/**
 * The `uniondesk` command of an installed app (uniondesk.cmd beside the .exe runs `UnionDesk.exe
 * --cli …`): the same commands as `npm run cli`, on the app's own data folder and resources, no window.
 * With the RunAsNode fuse off, this is the only way to run the backend from a shell.
 */
export async function runPackagedCli(args: string[], inputs: PathInputs, version: string): Promise<number> {
  const env = { ...inputs.env };
  env.UNIONDESK_DATA_DIR ??= resolveDataDir({ ...inputs, argv: [] });
  const migrationsDir = resolveMigrationsDir(inputs);
  const resourcesDir = resolveResourcesDir(inputs);
  return runCli(args, {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    env,
    version,
    ...(migrationsDir ? { migrationsDir } : {}),
    ...(resourcesDir ? { resourcesDir } : {}),
  });
}
