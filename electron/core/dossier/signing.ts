/**
 * The vault's Ed25519 signing key pair. The 32-byte seed is derived from the master key with
 * HKDF ("signing-seed"), so each vault has exactly one key pair from the moment it exists
 * and no private key is ever stored anywhere. Ed25519 is in both OpenSSL and BoringSSL
 * (docs/toolchain.md "Electron"), and `openssl pkeyutl -verify -rawin` checks its signatures.
 * The fingerprint is SHA-256 over the DER SubjectPublicKeyInfo, which anyone can recompute:
 *   openssl pkey -pubin -in public-key.pem -outform DER | sha256sum
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { SigningKeyInfo } from '../../../shared/dossier-types';
import { deriveSubKey } from '../vault/kdf';

// RFC 8410: PKCS#8 PrivateKeyInfo for Ed25519 is this fixed prefix followed by the 32-byte seed.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface SigningKey extends SigningKeyInfo {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function signingKey(master: Buffer, vaultId: string): SigningKey {
  const seed = deriveSubKey(master, vaultId, 'signing-seed');
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  seed.fill(0);
  const publicKey = createPublicKey(privateKey);
  return { algorithm: 'Ed25519', privateKey, publicKey, publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(), fingerprint: fingerprintOf(publicKey) };
}

export function fingerprintOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ format: 'der', type: 'spki' })).digest('hex');
}

/** Groups of four for reading aloud: "3f2a 9c01 ...". */
export function groupHex(hex: string): string {
  return hex.match(/.{1,4}/g)!.join(' ');
}

export function signBytes(key: SigningKey, data: Buffer): Buffer {
  return sign(null, data, key.privateKey);
}

export function verifyBytes(publicKeyPem: string, data: Buffer, signature: Buffer): boolean {
  try {
    return verify(null, data, createPublicKey(publicKeyPem), signature);
  } catch {
    return false;
  }
}
