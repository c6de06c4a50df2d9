import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli, expectOneLineFailure } from '../../fixtures/cli';
import { fingerprint, useTempDirs } from '../../fixtures/backend';

const temp = useTempDirs();
const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });

afterEach(() => vi.restoreAllMocks());

describe('a full disk at startup', () => {
  it('the CLI says so in one line, that the data is intact, and never advises restoring a backup', async () => {
    const dataDir = temp.dir();
    expect((await cli(['settings', 'set', 'office.name', 'Công đoàn phường Đầy Ổ', '--data-dir', dataDir])).code).toBe(0);
    const before = fingerprint(`${dataDir}/uniondesk.db`);
    const write = fs.writeFileSync;
    vi.spyOn(fs, 'writeFileSync').mockImplementation((file, ...rest) => {
      if (String(file).startsWith(dataDir)) throw noSpace();
      return write(file, ...rest);
    });

    const line = expectOneLineFailure(await cli(['verify', '--data-dir', dataDir]));
    expect(line).toMatch(/Ổ đĩa .*đã đầy/);
    expect(line).toMatch(/giải phóng dung lượng/);
    expect(line).toMatch(/nguyên vẹn/);
    expect(line).not.toMatch(/khôi phục|sao lưu|ENOSPC|Lỗi không mong muốn/i);
    const english = expectOneLineFailure(await cli(['verify', '--data-dir', dataDir, '--lang', 'en']));
    expect(english).toMatch(/disk .*full/i);
    expect(english).not.toMatch(/restore|backup|ENOSPC/i);
    vi.restoreAllMocks();
    expect(fingerprint(`${dataDir}/uniondesk.db`)).toEqual(before);
    expect((await cli(['verify', '--data-dir', dataDir])).code).toBe(0);
  });
});
