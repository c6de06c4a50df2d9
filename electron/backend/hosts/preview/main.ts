import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../../paths/dataDir';
import { findProjectRoot } from '../../paths/resources';
import { toErrorShape } from '../../core/appError';
import { readPackageVersion } from '../packageVersion';
import { openBrowser } from './openBrowser';
import { startPreviewHost } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    static: { type: 'string' },
    'no-open': { type: 'boolean' },
  },
  strict: true,
});

try {
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const server = await startPreviewHost({
    dataDir,
    staticDir: values.static ?? path.join(findProjectRoot(), 'out', 'renderer'),
    port: values.port ? Number(values.port) : 0,
    version: readPackageVersion(),
  });
  process.stdout.write(`UnionDesk preview: ${server.url}  (data: ${server.backend?.dataDir ?? dataDir})\n`);
  // The page says it too, in the user's words; the console keeps a line for whoever started it.
  if (!server.backend) process.stderr.write(`uniondesk preview: ${server.startupError.message}\n`);
  if (!values['no-open'] && !process.env.CI) openBrowser(server.url);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`uniondesk preview: ${toErrorShape(error, 'vi').message}\n`);
  process.exitCode = 1;
}
