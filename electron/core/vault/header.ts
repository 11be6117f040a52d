/**
 * The vault header (vault.json): format version, KDF parameters and the master key wrapped
 * twice — by the passphrase KEK and by the recovery key. It holds no plaintext secret.
 * Invariants: the KDF parameters and vault id are bound into each wrap as AES-GCM additional
 * data, so editing them makes unwrapping fail instead of silently weakening the KDF; a
 * header with a newer format version than this app knows is refused (VAULT_FROM_FUTURE).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { canonicalJson } from '../canonical-json';
import { writeFileAtomic } from '../files/fs-atomic';
import type { ScryptParams } from './kdf';

export const VAULT_FORMAT = 'bewijskluis-vault';
export const VAULT_FORMAT_VERSION = 1;
export const HEADER_FILE = 'vault.json';

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const wrapSchema = z.object({ iv: b64, ct: b64, tag: b64 });
export type Wrap = z.infer<typeof wrapSchema>;

/**
 * Where the database stood at the last header write, under a MAC from the master key
 * (vault/header-state.ts): a database older than this, or a header older than the
 * database's epoch, is a rollback and is refused.
 */
const stateSchema = z.object({
  /** Rewraps of the master key (passphrase changed, recovered); the database keeps the same count. */
  epoch: z.number().int().min(0),
  /** The database's commit counter, and its audit chain head, when the header was last written. */
  generation: z.number().int().min(0),
  auditSeq: z.number().int().min(0),
  auditHash: z.string().regex(/^[0-9a-f]{64}$/),
  mac: b64,
});
export type HeaderState = z.infer<typeof stateSchema>;

const headerSchema = z.object({
  format: z.literal(VAULT_FORMAT),
  version: z.number().int().min(1),
  vaultId: z.string().uuid(),
  createdAt: z.string(),
  kdf: z.object({ alg: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: b64 }),
  passphraseWrap: wrapSchema,
  recovery: z.object({ salt: b64, wrap: wrapSchema }),
  state: stateSchema.optional(),
  /**
   * SHA-256 of the rest of the header: a header damaged on disk, by a sync tool or an editor,
   * says so ("the vault header is damaged") instead of "wrong passphrase".
   */
  checksum: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
export type VaultHeader = Omit<z.infer<typeof headerSchema>, 'checksum'>;

function checksumOf(header: VaultHeader): string {
  return createHash('sha256').update(canonicalJson(header)).digest('hex');
}

const damagedHeader = () => new AppError('INTEGRITY', 'The vault header is damaged.', { file: HEADER_FILE, reason: 'header-damaged' });

export function headerPath(vaultDir: string): string {
  return join(vaultDir, HEADER_FILE);
}

export async function headerExists(vaultDir: string): Promise<boolean> {
  try {
    await fs.access(headerPath(vaultDir));
    return true;
  } catch {
    return false;
  }
}

export async function readHeader(vaultDir: string): Promise<VaultHeader> {
  let text: string;
  try {
    text = await fs.readFile(headerPath(vaultDir), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('VAULT_NOT_FOUND', 'No vault in this folder.');
    throw err;
  }
  return parseHeaderText(text);
}

/** Parses vault.json content (also used for the copy inside a backup). */
export function parseHeaderText(text: string): VaultHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw damagedHeader();
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > VAULT_FORMAT_VERSION) {
    throw new AppError('VAULT_FROM_FUTURE', 'This vault was made by a newer version of Bewijskluis.', {
      version,
      supported: VAULT_FORMAT_VERSION,
    });
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw damagedHeader();
  const { checksum, ...header } = parsed.data;
  if (checksum !== undefined && checksum !== checksumOf(header)) throw damagedHeader();
  return header;
}

export async function writeHeader(vaultDir: string, header: VaultHeader): Promise<void> {
  const { state, ...rest } = header;
  const body: VaultHeader = state ? { ...rest, state } : rest;
  await writeFileAtomic(headerPath(vaultDir), JSON.stringify({ ...body, checksum: checksumOf(body) }, null, 2) + '\n');
}

export function scryptParamsOf(header: VaultHeader): ScryptParams {
  return { N: header.kdf.N, r: header.kdf.r, p: header.kdf.p };
}

export type WrapPurpose = 'passphrase' | 'recovery';

/** Additional data binding a wrap to this vault and to the KDF input that protects it. */
export function wrapBinding(header: Pick<VaultHeader, 'format' | 'version' | 'vaultId' | 'kdf' | 'recovery'>, purpose: WrapPurpose): Buffer {
  const { format, version, vaultId } = header;
  const guard = purpose === 'passphrase' ? header.kdf : { salt: header.recovery.salt };
  return Buffer.from(JSON.stringify({ purpose, format, version, vaultId, guard }), 'utf8');
}

export function wrapKey(kek: Buffer, master: Buffer, binding: Buffer): Wrap {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(binding);
  const ct = Buffer.concat([cipher.update(master), cipher.final()]);
  return { iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** Returns the master key, or null when the KEK is wrong (or the header was altered). */
export function unwrapKey(kek: Buffer, wrap: Wrap, binding: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
    decipher.setAAD(binding);
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrap.ct, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

export function randomSalt(): string {
  return randomBytes(16).toString('base64');
}
