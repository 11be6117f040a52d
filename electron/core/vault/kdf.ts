/**
 * Key derivation. Passphrase -> scrypt -> key-encryption key (KEK); master key -> HKDF-SHA256
 * -> one sub-key per purpose. scrypt is used rather than Argon2 because Electron's Node is
 * built on BoringSSL and lacks crypto.argon2 (docs/decisions/0002-scrypt-parameters.md); scrypt, HKDF and AES-GCM exist
 * in both runtimes. Parameters follow OWASP's scrypt guidance (N=2^17, r=8, p=1).
 */
import { hkdfSync, scrypt } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

export function deriveKek(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; Node's default maxmem (32 MiB) is too small for N=2^17.
  const maxmem = 128 * params.N * params.r * 2;
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, { N: params.N, r: params.r, p: params.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export type SubKeyPurpose = 'db' | 'blob-enc' | 'blob-id' | 'signing-seed' | 'header-state';

/** HKDF-SHA256 (RFC 5869) with the vault id as salt, so equal master keys never collide across vaults. */
export function deriveSubKey(master: Buffer, vaultId: string, purpose: SubKeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.from(vaultId, 'utf8'), `bewijskluis/${purpose}/v1`, 32));
}

export interface SubKeys {
  db: Buffer;
  blobEnc: Buffer;
  blobId: Buffer;
}

export function deriveSubKeys(master: Buffer, vaultId: string): SubKeys {
  return {
    db: deriveSubKey(master, vaultId, 'db'),
    blobEnc: deriveSubKey(master, vaultId, 'blob-enc'),
    blobId: deriveSubKey(master, vaultId, 'blob-id'),
  };
}

export function wipe(...buffers: Buffer[]): void {
  for (const b of buffers) b.fill(0);
}
