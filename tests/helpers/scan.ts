/**
 * Scans for plaintext that escaped the vault. Invariant: the cost of a scan depends only on
 * what the code under test wrote, never on how crowded the machine's temp folder is (issue 20):
 * the test process's own temp folder (tests/setup/private-tmp.ts) is scanned completely, the
 * real temp folder only for entries that did not exist when the snapshot was taken, without
 * descending into folders that existed before.
 */
import { promises as fs, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every regular file below dir, or dir itself if it is a file (symlinks not followed; unreadable entries skipped). */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const self = await fs.lstat(dir).catch(() => null);
  if (self?.isFile()) return [dir];
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Files under the given folders that contain any of the markers (UTF-8 or UTF-16LE). */
export async function filesContaining(dirs: string[], markers: string[]): Promise<string[]> {
  const needles = markers.flatMap((m) => [Buffer.from(m, 'utf8'), Buffer.from(m, 'utf16le')]);
  const hits: string[] = [];
  for (const d of dirs) {
    for (const f of await listFiles(d)) {
      let data: Buffer;
      try {
        data = await fs.readFile(f);
      } catch {
        continue; // vanished meanwhile (another process's temp file)
      }
      if (needles.some((n) => data.includes(n))) hits.push(f);
    }
  }
  return hits;
}

/** The temp folders a test must keep clean, remembered when the test starts. */
export interface TempWatch {
  /** What to scan now: this process's own temp folder and the entries new in the real one. */
  folders(): string[];
}

export function watchTempFolders(): TempWatch {
  const own = tmpdir();
  const real = process.env.BK_REAL_TMPDIR ?? own;
  const before = new Set(safeList(real));
  return {
    folders: () => {
      const fresh = safeList(real).filter((name) => !before.has(name)).map((name) => join(real, name));
      // Another vitest worker's private folder appears here too: harmless to scan (it is
      // written by other tests, never by this process, whose TMPDIR points to `own`).
      return [...new Set([own, ...fresh])];
    },
  };
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
