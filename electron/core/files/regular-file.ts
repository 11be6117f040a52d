/**
 * A file the user named, opened once and read with a bound (issue 12 item 5: a FIFO in a batch
 * hung the import; /dev/zero was read until 3.2 GB; stat().size is 0 for both and for /proc
 * files, so a size check on the path never fires).
 *
 * - One open(2) of the path, then only the handle: fstat and read use the descriptor, so
 *   nothing can be swapped between a check and the read (no stat-then-open, CWE-367).
 * - O_NOFOLLOW: a symbolic link as the last path component fails the open with ELOOP
 *   (open(2), Linux and macOS; EMLINK on FreeBSD). Windows has no such flag in Node's
 *   fs.constants, so there it is left out and a link is followed.
 * - O_NONBLOCK: opening a FIFO for reading without a writer returns at once instead of
 *   blocking a libuv thread forever (fifo(7)); for a regular file it changes nothing.
 *   O_NOCTTY: naming a terminal device never makes it this process's controlling terminal.
 * - Only S_IFREG is read. A regular file is read to at most maxBytes + 1 bytes whatever fstat
 *   said, so a growing file or a virtual one stops at the limit.
 */
import { constants, promises as fs, type Stats } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { codeOf } from './os-errors';

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
/** First buffer when fstat says 0 bytes (a /proc file); it doubles from there up to the limit. */
const FIRST_CHUNK = 64 * 1024;

export interface RegularFile {
  /** The size fstat gave at open. */
  readonly size: number;
  /** All bytes, or FILE_TOO_LARGE as soon as more than maxBytes arrive. Closes the file. */
  read(maxBytes: number): Promise<Buffer>;
  /** Safe to call more than once, and after read. */
  close(): Promise<void>;
}

type Kind = 'directory' | 'fifo' | 'socket' | 'character-device' | 'block-device' | 'symlink' | 'virtual' | 'other';

function kindOf(st: Stats): Kind {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character-device';
  if (st.isBlockDevice()) return 'block-device';
  if (st.isSymbolicLink()) return 'symlink';
  return 'other';
}

export function notRegular(kind: Kind): AppError {
  return new AppError('UNSUPPORTED_FILE', 'This is not a regular file.', { reason: 'not-regular', kind });
}

function tooLarge(size: number, limit: number): AppError {
  return new AppError('FILE_TOO_LARGE', 'The file is larger than the import limit.', { reason: 'too-large', size, limit });
}

async function openHandle(path: string): Promise<fs.FileHandle> {
  try {
    return await fs.open(path, OPEN_FLAGS);
  } catch (err) {
    const code = codeOf(err);
    // O_NOFOLLOW on a link: ELOOP (Linux, macOS), EMLINK (FreeBSD).
    if (code === 'ELOOP' || code === 'EMLINK') throw new AppError('UNSUPPORTED_FILE', 'This is a link to another file.', { reason: 'symlink' });
    // open(2) of a UNIX socket: ENXIO (Linux), EOPNOTSUPP (macOS); also a device without a driver.
    if (code === 'ENXIO' || code === 'EOPNOTSUPP') throw notRegular('socket');
    throw err;
  }
}

/** Opens `path` for reading if it is a regular file; anything else is refused with its kind. */
export async function openRegularFile(path: string): Promise<RegularFile> {
  const fh = await openHandle(path);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await fh.close().catch(() => undefined);
  };
  let st: Stats;
  try {
    st = await fh.stat();
    if (!st.isFile()) throw notRegular(kindOf(st));
  } catch (err) {
    await close();
    throw err;
  }
  const size = st.size;
  return {
    size,
    close,
    read: async (maxBytes) => {
      try {
        return await readBounded(fh, size, maxBytes);
      } finally {
        await close();
      }
    },
  };
}

async function readBounded(fh: fs.FileHandle, declared: number, maxBytes: number): Promise<Buffer> {
  // One byte more than expected: that byte arriving means the file is longer than fstat said.
  let buf = Buffer.alloc(declared > 0 ? Math.min(declared, maxBytes) + 1 : Math.min(FIRST_CHUNK, maxBytes + 1));
  let len = 0;
  for (;;) {
    if (len === buf.length) {
      const bigger = Buffer.alloc(Math.min(maxBytes + 1, buf.length * 2));
      buf.copy(bigger, 0, 0, len);
      buf.fill(0);
      buf = bigger;
    }
    const { bytesRead } = await fh.read(buf, len, buf.length - len, null);
    if (bytesRead === 0) break;
    len += bytesRead;
    if (len > maxBytes) {
      buf.fill(0);
      throw tooLarge(len, maxBytes);
    }
  }
  if (len !== declared) {
    buf.fill(0);
    // fstat said 0 and bytes came: a kernel file (/proc, /sys), not something a user saved.
    if (declared === 0) throw notRegular('virtual');
    // Written or cut while we read (a download or a recording still running): not the final file.
    throw new AppError('IO', 'The file changed while it was being read.', { reason: 'changed-while-reading', size: len, declared });
  }
  return buf.subarray(0, len);
}
