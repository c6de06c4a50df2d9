// Builds the renderer and serves the whole app to a browser on 127.0.0.1 (no Electron needed).
import { spawnSync, spawn } from 'node:child_process';

const args = process.argv.slice(2);
const bin = (name) => (process.platform === 'win32' ? `${name}.cmd` : name);

const build = spawnSync(bin('electron-vite'), ['build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(bin('tsx'), ['electron/backend/hosts/preview/main.ts', ...args], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
