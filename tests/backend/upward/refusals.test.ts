import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readZipDirectory } from '../../../electron/backend/upward/zipRead';
import { preparePart, writeZip } from '../../../electron/backend/upward/zipWrite';
import { verifyPackageBytes } from '../../../electron/backend/upward/verifyPackage';
import { AppError } from '../../../electron/backend/core/appError';
import { call, useTempDirs } from '../../fixtures/backend';
import { buildPackage, dump, importFiles, lowerOffice, repack, upperOffice, withDb, YEAR } from './offices';

const temp = useTempDirs();

function refusalCode(bytes: Buffer): string {
  try {
    verifyPackageBytes(bytes, '0.0.0');
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'ACCEPTED';
}

/** The package with its manifest edited and signed again by another key (a validly signed foreign package). */
function resigned(zip: Buffer, edit: (manifest: Record<string, unknown>) => void): Buffer {
  const pair = crypto.generateKeyPairSync('ed25519');
  return repack(zip, (parts) => {
    const manifest = JSON.parse(parts.find((p) => p.path === 'manifest.json')!.data.toString()) as Record<string, unknown>;
    edit(manifest);
    manifest.publicKey = pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    const bytes = Buffer.from(JSON.stringify(manifest));
    const signature = Buffer.from(crypto.sign(null, bytes, pair.privateKey).toString('base64'));
    return parts.map((p) => (p.path === 'manifest.json' ? preparePart(p.path, bytes, false) : p.path === 'manifest.sig' ? preparePart(p.path, signature, false) : p));
  });
}

const flip = (zip: Buffer, at: number) => {
  const copy = Buffer.from(zip);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
};

describe('a package is verified whole before anything is written', () => {
  it('finds a one-byte change in any part of the file', async () => {
    const office = await lowerOffice(temp, { name: 'Công đoàn phường Yên Nghĩa', code: 'cdp-yen-nghia', seed: 3, unions: 6, members: 150 });
    const { bytes } = await buildPackage(office);
    expect(refusalCode(bytes)).toBe('ACCEPTED');
    const entries = readZipDirectory(bytes);
    const directory = bytes.length - 22 - entries.reduce((n, e) => n + 46 + e.path.length, 0);
    const offsets = new Set<number>();
    for (const e of entries) {
      const dataStart = e.offset + 30 + e.path.length;
      for (let i = e.offset; i < dataStart; i++) offsets.add(i); // every byte of every local header
      offsets.add(dataStart);
      offsets.add(dataStart + Math.floor(e.storedSize / 2));
      offsets.add(dataStart + e.storedSize - 1);
    }
    for (let i = directory; i < bytes.length; i++) offsets.add(i); // the whole central directory and end record
    const manifest = entries.find((e) => e.path === 'manifest.json')!;
    for (let i = 0; i < manifest.storedSize; i++) offsets.add(manifest.offset + 30 + manifest.path.length + i);
    const signature = entries.find((e) => e.path === 'manifest.sig')!;
    for (let i = 0; i < signature.storedSize; i++) offsets.add(signature.offset + 30 + signature.path.length + i);
    const accepted = [...offsets].filter((at) => refusalCode(flip(bytes, at)) === 'ACCEPTED');
    expect(accepted).toEqual([]);
    expect(offsets.size).toBeGreaterThan(1500);
    // Each kind of change gets its own reason.
    const at = (path: string) => entries.find((e) => e.path === path)!;
    const dataOf = (path: string) => at(path).offset + 30 + path.length;
    expect(refusalCode(flip(bytes, dataOf('manifest.json') + 40))).toBe('PACKAGE_PART_CHANGED');
    expect(refusalCode(flip(bytes, dataOf('manifest.sig') + 3))).toBe('PACKAGE_PART_CHANGED');
    expect(refusalCode(flip(bytes, dataOf('register.json') + 5))).toBe('PACKAGE_HASH_MISMATCH');
  });

  it('refuses forged, truncated, bomb, path-escaping and newer-app packages, writing nothing', async () => {
    const office = await lowerOffice(temp, { name: 'Công đoàn phường Yên Nghĩa', code: 'cdp-yen-nghia', seed: 3, unions: 6, members: 150 });
    const { bytes } = await buildPackage(office);
    const newer = await lowerOffice(temp, { name: 'Công đoàn phường Kiến Hưng', code: 'cdp-kien-hung', seed: 4, unions: 4, members: 80, version: '99.0.0' });
    const fromNewer = await buildPackage(newer);
    const upper = await upperOffice(temp);
    const before = dump(upper.backend.dbFile);

    const bomb = writeZip([preparePart('figures.json', Buffer.alloc(64 * 1024 * 1024), true)], new Date());
    const lying = Buffer.from(bytes);
    const first = readZipDirectory(bytes).find((e) => e.path === 'register.json')!;
    const entryAt = bytes.length - 22 - readZipDirectory(bytes).reduce((n, e) => n + 46 + e.path.length, 0);
    // The register's directory entry claims 3 GB uncompressed.
    let cd = entryAt;
    for (const e of readZipDirectory(bytes)) {
      if (e.path === first.path) lying.writeUInt32LE(3_000_000_000, cd + 24);
      cd += 46 + e.path.length;
    }
    const cases: { name: string; bytes: Buffer; code: string }[] = [
      { name: 'truncated.zip', bytes: bytes.subarray(0, bytes.length - 700), code: 'PACKAGE_TRUNCATED' },
      { name: 'bomb.zip', bytes: bomb, code: 'PACKAGE_TOO_LARGE' },
      { name: 'lying.zip', bytes: lying, code: 'PACKAGE_TOO_LARGE' },
      { name: 'escape.zip', bytes: repack(bytes, (parts) => [...parts, preparePart('../../x', Buffer.from('x'), false)]), code: 'PACKAGE_BAD_PATH' },
      { name: 'extra.zip', bytes: repack(bytes, (parts) => [...parts, preparePart('extra.json', Buffer.from('{}'), true)]), code: 'PACKAGE_EXTRA_PART' },
      { name: 'missing.zip', bytes: repack(bytes, (parts) => parts.filter((p) => p.path !== 'awards.xlsx')), code: 'PACKAGE_MISSING_PART' },
      { name: 'figures.zip', bytes: repack(bytes, (parts) => parts.map((p) => (p.path === 'figures.json' ? preparePart(p.path, Buffer.from(p.data.toString().replace('"value": 1', '"value": 2')), true) : p))), code: 'PACKAGE_HASH_MISMATCH' },
      { name: 'manifest.zip', bytes: repack(bytes, (parts) => parts.map((p) => (p.path === 'manifest.json' ? preparePart(p.path, Buffer.from(p.data.toString().replace('"revision": 1', '"revision": 7')), false) : p))), code: 'PACKAGE_BAD_SIGNATURE' },
      { name: 'signature.zip', bytes: repack(bytes, (parts) => parts.map((p) => (p.path === 'manifest.sig' ? preparePart(p.path, Buffer.from(`AAAA${p.data.toString().slice(4)}`), false) : p))), code: 'PACKAGE_BAD_SIGNATURE' },
      { name: 'catalogue.zip', bytes: resigned(bytes, (m) => (m.catalogueVersion = 'mau-2-hdcd/9')), code: 'PACKAGE_CATALOGUE_UNKNOWN' },
      { name: 'period.zip', bytes: resigned(bytes, (m) => (m.period = { year: 2025, from: '2024-01-01', cutoff: '2025-11-30' })), code: 'PACKAGE_PERIOD_INVALID' },
      { name: 'newer-manifest.zip', bytes: resigned(bytes, (m) => (m.appVersion = '3.0.0')), code: 'PACKAGE_APP_TOO_NEW' },
      { name: 'newer.zip', bytes: fromNewer.bytes, code: 'PACKAGE_APP_TOO_NEW' },
      { name: 'not-a-zip.zip', bytes: Buffer.from('PK hello'), code: 'PACKAGE_TRUNCATED' },
    ];
    for (const c of cases) expect(refusalCode(c.bytes), c.name).toBe(c.code);
    const result = await importFiles(upper.backend, cases);
    expect(result.accepted).toEqual([]);
    expect(result.refused.map((r) => r.file)).toEqual(cases.map((c) => c.name));
    expect(result.refused.find((r) => r.file === 'escape.zip')!.reason).toContain('../../x');
    expect(result.refused.find((r) => r.file === 'newer.zip')!.reason).toContain('99.0.0');
    expect(result.refused.find((r) => r.file === 'missing.zip')!.reason).toContain('awards.xlsx');
    expect(dump(upper.backend.dbFile)).toEqual(before);
  });

  it('pins the first key, refuses another unless re-pinned, refuses a lower revision and a conflicting one; the same package again changes nothing', async () => {
    const office = await lowerOffice(temp, { name: 'Công đoàn phường Yên Nghĩa', code: 'cdp-yen-nghia', seed: 3, unions: 6, members: 150 });
    const r1 = await buildPackage(office, 'r1.zip');
    const r2 = await buildPackage(office, 'r2.zip');
    expect([r1.revision, r2.revision]).toEqual([1, 2]);
    // Another r2 of other content: the log forgets r2 so the office numbers its next package 2 again.
    withDb(office.backend, (db) => db.prepare('DELETE FROM sent_packages WHERE revision = 2').run());
    const r2other = await buildPackage(office, 'r2-other.zip');
    expect(r2other.revision).toBe(2);
    // A new key (e.g. a reinstalled office): its package is refused until the user re-pins.
    withDb(office.backend, (db) => db.prepare('DELETE FROM office_keys').run());
    const r3 = await buildPackage(office, 'r3.zip');
    expect(r3.fingerprint).not.toBe(r1.fingerprint);

    const upper = await upperOffice(temp);
    const first = await importFiles(upper.backend, [{ name: 'r2.zip', bytes: r2.bytes }]);
    expect(first.accepted.map((p) => [p.revision, p.pinned, p.fingerprint])).toEqual([[2, true, r1.fingerprint]]);
    const pinned = dump(upper.backend.dbFile);

    const again = await importFiles(upper.backend, [{ name: 'r2.zip', bytes: r2.bytes }]);
    expect(again.unchanged.map((p) => p.revision)).toEqual([2]);
    const refused = await importFiles(upper.backend, [
      { name: 'r1.zip', bytes: r1.bytes },
      { name: 'r2-other.zip', bytes: r2other.bytes },
      { name: 'r3.zip', bytes: r3.bytes },
    ]);
    expect(refused.refused.map((r) => r.file)).toEqual(['r1.zip', 'r2-other.zip', 'r3.zip']);
    expect(refused.refused[0]!.reason).toMatch(/lần 1 .* cũ hơn lần 2/);
    expect(refused.refused[1]!.reason).toMatch(/xung đột/);
    expect(refused.refused[2]!.reason).toContain(r1.fingerprint.slice(0, 4).toUpperCase());
    expect(dump(upper.backend.dbFile)).toEqual(pinned);

    const repinned = await importFiles(upper.backend, [{ name: 'r3.zip', bytes: r3.bytes }], ['cdp-yen-nghia']);
    expect(repinned.replaced.map((p) => [p.revision, p.previousRevision, p.pinned, p.fingerprint])).toEqual([[3, 2, true, r3.fingerprint]]);
    const offices = await call(upper.backend, 'upper:offices', { year: YEAR });
    expect(offices.map((o) => [o.code, o.fingerprint, o.revision])).toEqual([['cdp-yen-nghia', r3.fingerprint, 3]]);
  });
});
