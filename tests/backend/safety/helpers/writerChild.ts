// A backend in its own process, as the desktop app would be: warms its member count, then on "go"
// writes `writes` settings one after another, then on "check" reports failures and the count it sees.
import readline from 'node:readline';
import { openBackend } from '../../../../electron/backend/backend';

const [dataDir, writesText] = process.argv.slice(2) as [string, string];
const backend = openBackend({ dataDir, actor: 'app' });
const total = async () => {
  const list = await backend.invoke('members:list', { offset: 0, limit: 1 });
  return list.ok ? (list.value as { total: number }).total : -1;
};
const failures: string[] = [];
const lines = readline.createInterface({ input: process.stdin });
console.log(JSON.stringify({ ready: true, total: await total() }));
for await (const line of lines) {
  if (line === 'go') {
    for (let i = 0; i < Number(writesText); i++) {
      const result = await backend.invoke('settings:update', { 'office.shortName': `CĐ số ${i}` });
      if (!result.ok) failures.push(result.error.message);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    console.log(JSON.stringify({ written: true }));
  }
  if (line === 'check') {
    console.log(JSON.stringify({ failures, total: await total() }));
    backend.close();
    process.exit(0);
  }
}
