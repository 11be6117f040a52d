/**
 * The structure of a dossier ZIP, checked before a single byte of content is read: names,
 * entry types, declared sizes against the budget, and where each entry lies in the file.
 * Each rule closes a way a forged bundle was called intact, or could be:
 *  - one name twice (a forged `originals/X` first, or a second SHA256SUMS): the verifier
 *    hashed one copy while an extractor kept the other;
 *  - a symlink, device or FIFO entry (Unix mode in the external attributes, APPNOTE §4.4.15
 *    and Info-ZIP's "unix extra"): unzip creates a link out of the folder, or a device;
 *  - entries that share bytes (David Fifield, "A better zip bomb", WOOT 2019: many central
 *    records pointing at one local header): refused by position, never inflated;
 *  - bytes no central record accounts for (a hidden local entry that a streaming extractor,
 *    which reads local headers in order, would extract) and local headers that disagree with
 *    the central directory (APPNOTE §4.3.7 vs §4.3.12).
 */
import { read } from 'node:fs';
import { promisify } from 'node:util';
import type yauzl from 'yauzl';
import type { VerifyProblem, VerifyProblemCode } from '../../../shared/dossier-types';
import { decodeName, foldName, nameProblem, printableName } from './zip-names';

export interface ZipLimits {
  /** Sum of all entries, uncompressed. */
  totalBytes: number;
  /** One entry, uncompressed (above the largest original the import accepts: 2000 MB). */
  entryBytes: number;
  /** One of the small files the verifier keeps in memory (manifest.json, the signatures...). */
  smallEntryBytes: number;
  maxEntries: number;
}

export interface ZipRecord {
  entry: yauzl.Entry;
  name: string;
  /** The name as a report prints it. */
  display: string;
  isDirectory: boolean;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const KIND_PROBLEM: Readonly<Record<number, VerifyProblemCode>> = {
  0o120000: 'entry-symlink',
  0o020000: 'entry-device',
  0o060000: 'entry-device',
  0o010000: 'entry-fifo',
  0o140000: 'entry-socket',
};
const MSDOS_DIRECTORY = 0x10;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DATA_DESCRIPTOR = 0x8;
/** A data descriptor with signature and ZIP64 sizes (APPNOTE §4.3.9): the most that may follow an entry's data. */
const MAX_DESCRIPTOR = 24;
const ZIP64_MARK = 0xffffffff;

/** What the entry is if not a regular file (or a plain folder), by its Unix mode and MS-DOS attributes. */
function typeProblem(e: yauzl.Entry, isDirectory: boolean): VerifyProblemCode | null {
  const type = (e.externalFileAttributes >>> 16) & S_IFMT;
  if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) return KIND_PROBLEM[type] ?? 'entry-not-regular';
  if (isDirectory) return e.uncompressedSize === 0 && type !== S_IFREG ? null : 'entry-not-regular';
  return type === S_IFDIR || e.externalFileAttributes & MSDOS_DIRECTORY ? 'entry-not-regular' : null;
}

/** Names, types, methods and declared sizes of the central directory's records. */
export function checkRecords(entries: readonly yauzl.Entry[], small: ReadonlySet<string>, limits: ZipLimits, problems: VerifyProblem[]): ZipRecord[] {
  const records: ZipRecord[] = [];
  const seen = new Map<string, string>();
  const parents = new Map<string, string>();
  let declared = 0;
  for (const entry of entries) {
    const decoded = decodeName(entry.fileNameRaw, entry.generalPurposeBitFlag, entry.extraFields);
    const display = printableName(decoded.name);
    const isDirectory = decoded.name.endsWith('/');
    const nameIssue = decoded.problem ?? nameProblem(decoded.name);
    if (nameIssue) problems.push({ code: nameIssue, file: display });
    const typeIssue = typeProblem(entry, isDirectory);
    if (typeIssue) problems.push({ code: typeIssue, file: display });
    if (entry.generalPurposeBitFlag & FLAG_ENCRYPTED || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) problems.push({ code: 'entry-unsupported', file: display });
    else if (entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize) problems.push({ code: 'header-mismatch', file: display });
    const cap = small.has(decoded.name) ? limits.smallEntryBytes : limits.entryBytes;
    if (entry.uncompressedSize > cap) problems.push({ code: 'entry-too-large', file: display, limit: cap });
    declared += entry.uncompressedSize;

    const key = foldName(decoded.name);
    const first = seen.get(key);
    if (first !== undefined) problems.push(first === display ? { code: 'name-duplicate', file: display } : { code: 'name-lookalike', file: display, other: first });
    else seen.set(key, display);
    const segments = key.split('/');
    for (let i = 1; i < segments.length; i++) {
      const parent = segments.slice(0, i).join('/');
      if (!parents.has(parent)) parents.set(parent, display);
    }
    records.push({ entry, name: decoded.name, display, isDirectory });
  }
  for (const r of records) {
    const child = r.isDirectory ? undefined : parents.get(foldName(r.name));
    if (child !== undefined) problems.push({ code: 'name-conflict', file: r.display, other: child });
  }
  if (declared > limits.totalBytes) problems.push({ code: 'bundle-too-large', limit: limits.totalBytes });
  return records;
}

function readLocalHeader(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<yauzl.LocalFileHeader> {
  return new Promise((resolve, reject) => zip.readLocalFileHeader(entry, (err, header) => (err ? reject(err) : resolve(header))));
}

/** Where the central directory starts, from the end-of-central-directory record (APPNOTE §4.3.16, §4.3.14-15 for ZIP64). */
async function centralDirectoryOffset(fd: number, fileSize: number): Promise<number> {
  const len = Math.min(fileSize, 22 + 0xffff + 20);
  const tail = Buffer.alloc(len);
  await promisify(read)(fd, tail, 0, len, fileSize - len);
  // The same search yauzl makes: the last signature whose comment length reaches the end.
  for (let i = len - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== 0x06054b50 || tail.readUInt16LE(i + 20) !== len - i - 22) continue;
    const offset = tail.readUInt32LE(i + 16);
    if (offset !== ZIP64_MARK || i < 20 || tail.readUInt32LE(i - 20) !== 0x07064b50) return offset;
    const record = Buffer.alloc(56);
    await promisify(read)(fd, record, 0, 56, Number(tail.readBigUInt64LE(i - 12)));
    return Number(record.readBigUInt64LE(48));
  }
  return fileSize;
}

/**
 * Each entry's local header against its central record, and the entries' byte ranges: from
 * the start of the file to the central directory, one after another, sharing nothing and
 * leaving no room for a header no record names. Reads 30 bytes and a name per entry.
 */
export async function checkLayout(zip: yauzl.ZipFile, fd: number, fileSize: number, records: readonly ZipRecord[], problems: VerifyProblem[]): Promise<void> {
  const spans: { start: number; end: number; record: ZipRecord; descriptor: boolean }[] = [];
  for (const record of records) {
    const e = record.entry;
    let local: yauzl.LocalFileHeader;
    try {
      local = await readLocalHeader(zip, e);
    } catch {
      problems.push({ code: 'entry-damaged', file: record.display });
      continue;
    }
    const descriptor = ((local.generalPurposeBitFlag | e.generalPurposeBitFlag) & FLAG_DATA_DESCRIPTOR) !== 0;
    const same = (a: number, b: number) => a === b || a === ZIP64_MARK;
    const agrees =
      local.fileName.equals(e.fileNameRaw) &&
      local.compressionMethod === e.compressionMethod &&
      (local.generalPurposeBitFlag & FLAG_ENCRYPTED) === (e.generalPurposeBitFlag & FLAG_ENCRYPTED) &&
      (descriptor || (local.crc32 === e.crc32 && same(local.compressedSize, e.compressedSize) && same(local.uncompressedSize, e.uncompressedSize)));
    if (!agrees) problems.push({ code: 'header-mismatch', file: record.display });
    spans.push({ start: e.relativeOffsetOfLocalHeader, end: local.fileDataStart + e.compressedSize, record, descriptor });
  }
  spans.sort((a, b) => a.start - b.start);
  let end = 0;
  let owner: ZipRecord | null = null;
  let slack = 0;
  for (const s of spans) {
    if (owner && s.start < end) problems.push({ code: 'entry-overlap', file: s.record.display, other: owner.display });
    else if (s.start - end > slack) problems.push({ code: 'entry-hidden', file: s.record.display });
    if (s.end > end || !owner) {
      end = Math.max(end, s.end);
      owner = s.record;
      slack = s.descriptor ? MAX_DESCRIPTOR : 0;
    }
  }
  const cd = await centralDirectoryOffset(fd, fileSize);
  if (owner && cd < end) problems.push({ code: 'entry-overlap', file: owner.display });
  else if (cd - end > slack) problems.push({ code: 'entry-hidden' });
}
