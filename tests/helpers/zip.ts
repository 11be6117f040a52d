import { createWriteStream, promises as fs } from 'node:fs';
import { finished } from 'node:stream/promises';
import { crc32, deflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import yazl from 'yazl';

export function readZipEntries(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const out = new Map<string, Buffer>();
      zip.on('entry', (e: yauzl.Entry) => {
        zip.openReadStream(e, (err2, s) => {
          if (err2 || !s) return reject(err2 ?? new Error('no stream'));
          const parts: Buffer[] = [];
          s.on('data', (c: Buffer) => parts.push(c));
          s.on('end', () => {
            out.set(e.fileName, Buffer.concat(parts));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Writes a new ZIP from the entries of another, changed by `edit` (return null to drop an entry). */
export async function rewriteZip(src: string, dest: string, edit: (name: string, data: Buffer) => Buffer | null, extra: Record<string, Buffer> = {}): Promise<void> {
  const entries = await readZipEntries(src);
  const zip = new yazl.ZipFile();
  const out = createWriteStream(dest);
  zip.outputStream.pipe(out);
  for (const [name, data] of entries) {
    const next = edit(name, data);
    if (next) zip.addBuffer(next, name);
  }
  for (const [name, data] of Object.entries(extra)) zip.addBuffer(data, name);
  zip.end();
  await finished(out);
}

/**
 * One entry of a hand-made ZIP (writeRawZip). Everything a well-behaved writer keeps
 * consistent can be set apart, to build the archives that fool lenient readers.
 */
export interface RawEntry {
  /** The central directory's name (a string is written as UTF-8 with bit 11 set). */
  name: string | Buffer;
  /** The uncompressed bytes (stored as they are, or deflated when `deflate`). */
  data?: Buffer;
  deflate?: boolean;
  /** Header values that lie: the defaults are the true ones. */
  declaredSize?: number;
  crc?: number;
  flags?: number;
  method?: number;
  /** Unix mode (type and permissions) in the upper 16 bits of the external attributes, host Unix. */
  unixMode?: number;
  /** The local header's name, when it should differ from the central directory's. */
  localName?: string;
  /** Extra fields of the central record (raw, APPNOTE §4.5). */
  extra?: Buffer;
  /** No local header of its own: the central record points at entry number `index`'s. */
  sharesLocalHeaderOf?: number;
  /** Written as a local header and data, but left out of the central directory. */
  hidden?: boolean;
}

const nameBytes = (n: string | Buffer) => (typeof n === 'string' ? Buffer.from(n, 'utf8') : n);

/**
 * Writes a ZIP by hand (PKWARE APPNOTE 6.3.10: local file header §4.3.7, central directory
 * header §4.3.12, end of central directory record §4.3.16; no ZIP64, no data descriptors).
 */
export async function writeRawZip(path: string, entries: readonly RawEntry[]): Promise<void> {
  const parts: Buffer[] = [];
  let offset = 0;
  const offsets: number[] = [];
  const packed = entries.map((e) => {
    const data = e.data ?? Buffer.alloc(0);
    const body = e.deflate ? deflateRawSync(data) : data;
    return { body, crc: e.crc ?? crc32(data), size: e.declaredSize ?? data.length, method: e.method ?? (e.deflate ? 8 : 0), flags: e.flags ?? (typeof e.name === 'string' ? 0x800 : 0) };
  });
  entries.forEach((e, i) => {
    if (e.sharesLocalHeaderOf !== undefined) return offsets.push(-1);
    const p = packed[i]!;
    const name = nameBytes(e.localName ?? e.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(p.flags, 6);
    h.writeUInt16LE(p.method, 8);
    h.writeUInt32LE(p.crc >>> 0, 14);
    h.writeUInt32LE(p.body.length, 18);
    h.writeUInt32LE(p.size, 22);
    h.writeUInt16LE(name.length, 26);
    offsets.push(offset);
    parts.push(h, name, p.body);
    offset += h.length + name.length + p.body.length;
  });
  const cdStart = offset;
  let count = 0;
  entries.forEach((e, i) => {
    if (e.hidden) return;
    const p = packed[i]!;
    const name = nameBytes(e.name);
    const extra = e.extra ?? Buffer.alloc(0);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the mode in the attributes counts
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(p.flags, 8);
    c.writeUInt16LE(p.method, 10);
    c.writeUInt32LE(p.crc >>> 0, 16);
    c.writeUInt32LE(packed[e.sharesLocalHeaderOf ?? i]!.body.length, 20);
    c.writeUInt32LE(p.size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt16LE(extra.length, 30);
    c.writeUInt32LE(((e.unixMode ?? 0o100644) << 16) >>> 0, 38);
    c.writeUInt32LE(offsets[e.sharesLocalHeaderOf ?? i]!, 42);
    parts.push(c, name, extra);
    offset += c.length + name.length + extra.length;
    count++;
  });
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(offset - cdStart, 12);
  end.writeUInt32LE(cdStart, 16);
  parts.push(end);
  await fs.writeFile(path, Buffer.concat(parts));
}
