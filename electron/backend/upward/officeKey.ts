import crypto from 'node:crypto';
import type { Db } from '../db/connection';
import { columns, query, text } from '../db/rows';

export interface OfficeKey {
  publicKey: string;
  privateKey: crypto.KeyObject;
  /** Hex SHA-256 of the public key's DER. */
  fingerprint: string;
}

export function fingerprintOf(publicKeyBase64: string): string {
  return crypto.createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex');
}

export function publicKeyObject(publicKeyBase64: string): crypto.KeyObject {
  return crypto.createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
}

/**
 * The office's Ed25519 key, made on first use. It is a row of the database file (in the data
 * folder), so every backup carries it and a restore brings it back.
 */
export function officeKey(db: Db, at: string): OfficeKey {
  let row = query(db, 'SELECT public_key, private_key, fingerprint FROM office_keys WHERE id = 1', columns({ public_key: text, private_key: text, fingerprint: text })).get();
  if (!row) {
    const pair = crypto.generateKeyPairSync('ed25519');
    const publicKey = pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    const privateKey = pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    db.prepare('INSERT OR IGNORE INTO office_keys (id, public_key, private_key, fingerprint, created_at) VALUES (1, ?, ?, ?, ?)').run(
      publicKey,
      privateKey,
      fingerprintOf(publicKey),
      at,
    );
    row = query(db, 'SELECT public_key, private_key, fingerprint FROM office_keys WHERE id = 1', columns({ public_key: text, private_key: text, fingerprint: text })).one();
  }
  return {
    publicKey: row.public_key,
    privateKey: crypto.createPrivateKey({ key: Buffer.from(row.private_key, 'base64'), format: 'der', type: 'pkcs8' }),
    fingerprint: row.fingerprint,
  };
}

export function sign(key: OfficeKey, data: Uint8Array): string {
  return crypto.sign(null, data, key.privateKey).toString('base64');
}

export function verifySignature(publicKeyBase64: string, data: Uint8Array, signatureBase64: string): boolean {
  try {
    return crypto.verify(null, data, publicKeyObject(publicKeyBase64), Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}
