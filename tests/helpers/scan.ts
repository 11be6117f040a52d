import { promises as fs } from 'node:fs';
import { join } from 'node:path';

/** Every regular file below dir (symlinks not followed; unreadable entries skipped). */
export async function listFiles(dir: string, since = 0): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p, since)));
    else if (e.isFile()) {
      try {
        if ((await fs.stat(p)).mtimeMs >= since) out.push(p);
      } catch {
        // vanished meanwhile
      }
    }
  }
  return out;
}

/** Files under the given folders that contain any of the markers (UTF-8 or UTF-16LE). */
export async function filesContaining(dirs: string[], markers: string[], since = 0): Promise<string[]> {
  const needles = markers.flatMap((m) => [Buffer.from(m, 'utf8'), Buffer.from(m, 'utf16le')]);
  const hits: string[] = [];
  for (const d of dirs) {
    for (const f of await listFiles(d, since)) {
      let data: Buffer;
      try {
        data = await fs.readFile(f);
      } catch {
        continue;
      }
      if (needles.some((n) => data.includes(n))) hits.push(f);
    }
  }
  return hits;
}
