import path from 'node:path';

export interface PathInputs {
  isPackaged: boolean;
  userData: string;
  resourcesPath: string;
  appPath: string;
  env: NodeJS.ProcessEnv;
  argv: string[];
}

/** --data-dir, then UNIONDESK_DATA_DIR, then beside the portable .exe, then Electron's userData. */
export function resolveDataDir(inputs: PathInputs): string {
  const flag = inputs.argv.find((arg) => arg.startsWith('--data-dir='));
  if (flag) return path.resolve(flag.slice('--data-dir='.length));
  if (inputs.env.UNIONDESK_DATA_DIR) return path.resolve(inputs.env.UNIONDESK_DATA_DIR);
  if (inputs.env.PORTABLE_EXECUTABLE_DIR) return path.join(inputs.env.PORTABLE_EXECUTABLE_DIR, 'UnionDesk-data');
  return inputs.userData;
}

/** Packaged: the installer's resources. From sources: undefined, and the backend finds them itself. */
export function resolveMigrationsDir(inputs: PathInputs): string | undefined {
  return inputs.isPackaged ? path.join(inputs.resourcesPath, 'migrations') : undefined;
}

export function resolveResourcesDir(inputs: PathInputs): string | undefined {
  return inputs.isPackaged ? inputs.resourcesPath : undefined;
}
