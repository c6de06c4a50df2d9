import { readPackageVersion } from '../packageVersion';
import { runCli } from './run';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  version: readPackageVersion(),
});
process.exitCode = code;
