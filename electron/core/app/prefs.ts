/**
 * App preferences that must be readable before unlock (language, which vault folder).
 * Invariant: nothing sensitive lives here — it is a plain JSON file in the app-data folder.
 * Without an appDataDir (CLI, tests) prefs live in memory only.
 */
import { promises as fs, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Prefs } from '../../../shared/app-types';
import { writeFileAtomic } from '../files/fs-atomic';

const schema = z.object({ language: z.enum(['nl', 'en']).default('nl'), vaultDir: z.string().optional() });
export type StoredPrefs = Prefs & { vaultDir?: string };

export class PrefsStore {
  private value: StoredPrefs = { language: 'nl' };

  constructor(private readonly appDataDir?: string) {}

  private get file(): string | null {
    return this.appDataDir ? join(this.appDataDir, 'prefs.json') : null;
  }

  /** Synchronous so createCore stays synchronous; the file is a few bytes. */
  load(): StoredPrefs {
    if (!this.file) return this.value;
    try {
      const parsed = schema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      if (parsed.success) this.value = parsed.data;
    } catch {
      // Missing or unreadable prefs fall back to defaults; they hold nothing that matters.
    }
    return this.value;
  }

  get(): StoredPrefs {
    return this.value;
  }

  async update(patch: Partial<StoredPrefs>): Promise<StoredPrefs> {
    this.value = { ...this.value, ...patch };
    if (this.file) {
      await fs.mkdir(this.appDataDir!, { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify(this.value, null, 2) + '\n');
    }
    return this.value;
  }
}
