import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir, resolveMigrationsDir, type PathInputs } from '../../electron/main/paths';

const base: PathInputs = {
  isPackaged: true,
  userData: '/home/clerk/.config/UnionDesk',
  resourcesPath: '/opt/UnionDesk/resources',
  appPath: '/opt/UnionDesk/resources/app.asar',
  env: {},
  argv: ['/opt/UnionDesk/uniondesk'],
};

describe('resolveDataDir', () => {
  it('uses Electron userData by default', () => {
    expect(resolveDataDir(base)).toBe('/home/clerk/.config/UnionDesk');
  });

  it('keeps the data beside a portable executable', () => {
    expect(resolveDataDir({ ...base, env: { PORTABLE_EXECUTABLE_DIR: '/media/usb/UnionDesk' } })).toBe(
      path.join('/media/usb/UnionDesk', 'UnionDesk-data'),
    );
  });

  it('prefers UNIONDESK_DATA_DIR over the portable folder', () => {
    const env = { PORTABLE_EXECUTABLE_DIR: '/media/usb/UnionDesk', UNIONDESK_DATA_DIR: '/srv/uniondesk' };
    expect(resolveDataDir({ ...base, env })).toBe('/srv/uniondesk');
  });

  it('prefers --data-dir= over everything', () => {
    const env = { PORTABLE_EXECUTABLE_DIR: '/media/usb/UnionDesk', UNIONDESK_DATA_DIR: '/srv/uniondesk' };
    expect(resolveDataDir({ ...base, env, argv: [...base.argv, '--data-dir=/data/office'] })).toBe('/data/office');
  });

  it('makes a relative folder absolute', () => {
    expect(resolveDataDir({ ...base, argv: [...base.argv, '--data-dir=rel/dir'] })).toBe(path.resolve('rel/dir'));
    expect(resolveDataDir({ ...base, env: { UNIONDESK_DATA_DIR: 'rel/env' } })).toBe(path.resolve('rel/env'));
  });

  it('ignores an empty UNIONDESK_DATA_DIR', () => {
    expect(resolveDataDir({ ...base, env: { UNIONDESK_DATA_DIR: '' } })).toBe(base.userData);
  });
});

describe('resolveMigrationsDir', () => {
  it('reads migrations from the installer’s resources when packaged; from sources the backend finds them', () => {
    expect(resolveMigrationsDir(base)).toBe(path.join('/opt/UnionDesk/resources', 'migrations'));
    expect(resolveMigrationsDir({ ...base, isPackaged: false, appPath: '/work/uniondesk' })).toBeUndefined();
  });
});
