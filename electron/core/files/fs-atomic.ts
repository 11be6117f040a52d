/**
 * Atomic file writes: write a sibling temp file, fsync it, rename over the target, fsync
 * the folder. Invariant: a reader (or a crash) sees either the old file or the complete new
 * one, never a torn write. Callers pass only ciphertext or non-sensitive data: this module
 * never sees plaintext evidence (docs/architecture.md "Storage and keys").
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join, basename } from 'node:path';

export const TEMP_SUFFIX = '.part';

/** The hidden sibling a file is written to before it is renamed into place: `.<name>.<12 hex>.part`. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

/** Whether `name` (a file name in the target's folder) is one of tempPathFor(target)'s. */
export function isTempNameOf(target: string, name: string): boolean {
  const prefix = `.${basename(target)}.`;
  return name.startsWith(prefix) && /^[0-9a-f]{12}\.part$/.test(name.slice(prefix.length));
}

export async function fsyncDir(dir: string): Promise<void> {
  // Directory fsync makes the rename durable on POSIX; Windows cannot open folders this way.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** libuv writes every piece of a vectored write before it answers (uv__fs_write_all), as a plain write. */
async function writeChunk(handle: fs.FileHandle, chunk: Uint8Array | readonly Uint8Array[]): Promise<void> {
  if (chunk instanceof Uint8Array) await handle.write(chunk);
  else await handle.writev(chunk as Uint8Array[]);
}

/**
 * `data` may be an iterable of chunks, written one after another as they are produced, so a
 * caller that encrypts chunk by chunk never holds the whole output (a 200 MB video). A chunk
 * given as pieces (a header, a ciphertext, its tag) is written with one vectored write.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string | Iterable<Uint8Array | readonly Uint8Array[]>): Promise<void> {
  const dir = dirname(target);
  const tmp = tempPathFor(target);
  const handle = await fs.open(tmp, 'wx', 0o600);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
    else for (const chunk of data) await writeChunk(handle, chunk);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => {});
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await fsyncDir(dir);
}
