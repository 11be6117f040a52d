/**
 * Reads a dossier ZIP for the verifier without trusting it: the structure first
 * (zip-structure.ts; a hostile bundle is refused unread), then each entry streamed once,
 * hashed as it inflates, with its bytes counted against the budget below whatever its header
 * declares. Nothing is extracted, so no entry name can write anywhere.
 *
 * The budget (README "Verifying a dossier"): 4 GiB for the whole bundle, 2 GiB for one
 * entry, 16 MiB for each small file kept in memory, 100 000 entries. A dossier holds the
 * originals of one case (each at most the import limit, 2000 MB at its highest) and a PDF.
 */
import { createHash } from 'node:crypto';
import { close, constants, fstat, open } from 'node:fs';
import { promisify } from 'node:util';
import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import type { VerifyProblem } from '../../../shared/dossier-types';
import { AppError } from '../../../shared/errors';
import { toAppError } from '../files/os-errors';
import { checkLayout, checkRecords, type ZipLimits, type ZipRecord } from './zip-structure';

const GiB = 1024 ** 3;
export const VERIFY_LIMITS: ZipLimits = { totalBytes: 4 * GiB, entryBytes: 2 * GiB, smallEntryBytes: 16 * 1024 * 1024, maxEntries: 100_000 };

export interface BundleEntry {
  /** SHA-256 of the inflated bytes; null when the entry could not be read whole. */
  sha256: string | null;
  size: number;
  /** The bytes, for the small files the verifier parses. */
  content?: Buffer;
}

export interface BundleContents {
  /** By name; null when the structure was refused and no content was read. */
  entries: Map<string, BundleEntry> | null;
  problems: VerifyProblem[];
}

const notAZip = () => new AppError('UNSUPPORTED_FILE', 'This file is not a readable ZIP bundle.', { reason: 'not-a-zip' });

/**
 * Opens the file without blocking on a FIFO (O_NONBLOCK) and accepts only a regular file:
 * a device or a pipe would otherwise be read without end (issue 12, item 5).
 */
async function openRegular(path: string): Promise<{ fd: number; size: number }> {
  let fd: number;
  try {
    fd = await promisify(open)(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw toAppError(err, notAZip);
  }
  const st = await promisify(fstat)(fd).catch(() => null);
  if (!st?.isFile()) {
    await closeFd(fd);
    // A folder or an unreadable file is an I/O problem in words, not "not a ZIP".
    if (!st) throw new AppError('IO', 'The disk could not be read.', { reason: 'io' });
    throw st.isDirectory() ? new AppError('IO', 'This is a folder, not a file.', { reason: 'is-folder' }) : notAZip();
  }
  return { fd, size: st.size };
}

const closeFd = (fd: number) => new Promise<void>((resolve) => close(fd, () => resolve()));

function openZip(fd: number): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    // decodeStrings: false gives the raw names to zip-names.ts; autoClose: false because the
    // local headers and contents are read after the whole central directory. Sizes are
    // checked here, not by yauzl (validateEntrySizes would fail the whole ZIP on one bad
    // record, unnamed). From here on the ZIP owns the descriptor: zip.close() closes it.
    yauzl.fromFd(fd, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false }, (err, zip) => (err || !zip ? reject(notAZip()) : resolve(zip))),
  );
}

function centralDirectory(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(new AppError('INTEGRITY', 'The ZIP file is damaged.', { reason: 'zip-damaged' })));
    zip.readEntry();
  });
}

function openStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err || !s ? reject(err ?? new Error('no stream')) : resolve(s))));
}

type Outcome = { entry: BundleEntry } | { problem: VerifyProblem; stop: boolean };

/**
 * One entry, inflated once: SHA-256 and CRC-32 of the bytes, and a stop at `cap`, at the
 * bundle's budget, or one byte past the size its header declares (a deflate stream can
 * inflate about a thousandfold: the declared size is a promise to hold it to, not to trust).
 */
async function readOne(zip: yauzl.ZipFile, r: ZipRecord, keep: boolean, cap: number, budget: { left: number; total: number }): Promise<Outcome> {
  const damaged: Outcome = { problem: { code: 'entry-damaged', file: r.display }, stop: false };
  let stream: Readable;
  try {
    stream = await openStream(zip, r.entry);
  } catch {
    return damaged;
  }
  const hash = createHash('sha256');
  const parts: Buffer[] = [];
  let size = 0;
  let crc = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      budget.left -= chunk.length;
      if (size > r.entry.uncompressedSize) return damaged;
      if (size > cap) return { problem: { code: 'entry-too-large', file: r.display, limit: cap }, stop: true };
      if (budget.left < 0) return { problem: { code: 'bundle-too-large', limit: budget.total }, stop: true };
      hash.update(chunk);
      crc = crc32(chunk, crc);
      if (keep) parts.push(chunk);
    }
  } catch {
    return damaged;
  } finally {
    stream.destroy();
  }
  if (size !== r.entry.uncompressedSize || crc !== r.entry.crc32) return damaged;
  return { entry: { sha256: hash.digest('hex'), size, content: keep ? Buffer.concat(parts) : undefined } };
}

/** The bundle's entries by name, or the reasons its structure is refused. `small`: names whose bytes are kept. */
export async function readBundle(path: string, small: ReadonlySet<string>, limits: ZipLimits = VERIFY_LIMITS): Promise<BundleContents> {
  const { fd, size } = await openRegular(path);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(fd);
  } catch (err) {
    await closeFd(fd);
    throw err;
  }
  try {
    if (zip.entryCount > limits.maxEntries) throw new AppError('UNSUPPORTED_FILE', 'Too many files in this bundle.', { reason: 'too-many-entries' });
    const problems: VerifyProblem[] = [];
    const records = checkRecords(await centralDirectory(zip), small, limits, problems);
    await checkLayout(zip, fd, size, records, problems);
    if (problems.length) return { entries: null, problems };

    const entries = new Map<string, BundleEntry>();
    const budget = { left: limits.totalBytes, total: limits.totalBytes };
    for (const r of records) {
      if (r.isDirectory) continue;
      const keep = small.has(r.name);
      const got = await readOne(zip, r, keep, keep ? limits.smallEntryBytes : limits.entryBytes, budget);
      if ('entry' in got) {
        entries.set(r.name, got.entry);
        continue;
      }
      problems.push(got.problem);
      if (got.stop) return { entries: null, problems };
      entries.set(r.name, { sha256: null, size: 0 });
    }
    return { entries, problems };
  } finally {
    zip.close();
  }
}
