import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
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
