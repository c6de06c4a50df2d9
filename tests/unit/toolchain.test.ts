import { describe, expect, it } from 'vitest';

describe('toolchain', () => {
  it('runs on Node 22 or later: better-sqlite3 13 needs N-API 10 (it crashes on Node 20)', () => {
    const napi = Number(process.versions.napi);
    expect(
      napi,
      `N-API ${process.versions.napi} on Node ${process.versions.node}: run through npm scripts, which put the node@22 devDependency first on the PATH`,
    ).toBeGreaterThanOrEqual(10);
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
  });
});
