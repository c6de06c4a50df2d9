// `npm start`: the desktop app when Electron can run here, otherwise the browser preview.
import { spawnSync } from 'node:child_process';
import { downloadElectron, electronBinary } from './electronBinary.mjs';

const shell = process.platform === 'win32';
const bin = (name) => (shell ? `${name}.cmd` : name);
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell }).status ?? 1;

// npm may have skipped electron's own download script; fetch the binary once now.
if (electronBinary() || downloadElectron(spawnSync)) {
  process.exit(run(bin('electron-vite'), ['preview', ...process.argv.slice(2)]));
}

console.log(
  'The Electron binary is not available on this machine (it could not be downloaded), so UnionDesk opens in the browser preview instead.',
);
process.exit(run(process.execPath, ['scripts/preview.mjs', ...process.argv.slice(2)]));
