/**
 * Files from drop, paste or the pickers, ready for `evidence:import`.
 * Invariants: hidden files (".DS_Store") from folder picks are skipped; batches stay within
 * the contract's 500 files per call and a body size the HTTP bridge accepts.
 */
export const MAX_FILES_PER_CALL = 500;
export const MAX_BYTES_PER_CALL = 100 * 1024 * 1024;

export function visibleFiles(files: Iterable<File>): File[] {
  return [...files].filter((f) => !f.name.startsWith('.'));
}

/** Splits files into consecutive chunks by count and total size (a big file gets its own chunk). */
export function chunkFiles<T extends { size: number }>(files: readonly T[], maxFiles = MAX_FILES_PER_CALL, maxBytes = MAX_BYTES_PER_CALL): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const f of files) {
    if (current.length && (current.length >= maxFiles || bytes + f.size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(f);
    bytes += f.size;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

export async function readFiles(files: readonly File[]): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> }[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name || 'bestand', bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/** A pasted screenshot usually arrives as "image.png": give it a name that says when. */
export function renamePasted(file: File, name: (time: string) => string, now = new Date()): File {
  const time = [now.getHours(), now.getMinutes(), now.getSeconds()].map((n) => String(n).padStart(2, '0')).join('');
  return new File([file], name(time), { type: file.type, lastModified: file.lastModified });
}
