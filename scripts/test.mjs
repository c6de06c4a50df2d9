// `npm test`: typecheck, lint, vitest and the Playwright web project, then one summary line.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const shell = process.platform === 'win32';
const bin = (name) => (shell ? `${name}.cmd` : name);
fs.rmSync('test-results', { recursive: true, force: true });
fs.mkdirSync('test-results', { recursive: true });

function step(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(bin(command), args, { stdio: 'inherit', shell, env: { ...process.env, ...env } });
  console.log(`=== ${title}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const count = (ok) => (ok ? totals.passed++ : totals.failed++);

/** A step run beside another: its output is held back and printed whole when it ends. */
function quietStep(title, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(bin(command), args, { shell, env: process.env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
      process.stdout.write(Buffer.concat(output));
      console.log(`=== ${title}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve(status === 0);
    });
  });
}

// The typecheck on one core; lint, then the one build for the built-main test and Playwright, on the other.
const [typecheckOk, lintOk, buildOk] = await Promise.all([
  quietStep('typecheck', 'tsc', ['-b']),
  quietStep('lint', 'eslint', ['.']).then(async (ok) => [ok, await quietStep('build', 'electron-vite', ['build'])]),
]).then(([typecheck, [lint, build]]) => [typecheck, lint, build]);
count(typecheckOk);
count(lintOk);
count(buildOk);
const built = buildOk ? { UNIONDESK_BUILT_OUT: 'out' } : {};

const vitestOk = step('vitest', 'vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'], built);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
if (!vitestOk && (!vitest || vitest.numFailedTests === 0)) totals.failed++;

const e2eOk = step('playwright', 'playwright', ['test', '--project=web', '--project=electron'], {
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  ...(buildOk ? { UNIONDESK_SKIP_BUILD: '1' } : {}),
});
const e2e = readJson('test-results/e2e.json');
if (e2e) {
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
}
if (!e2eOk && (!e2e || e2e.stats.unexpected === 0)) totals.failed++;

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
