import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations/index';
import { openDatabase, schemaVersion } from '../../electron/core/db/open';
import type { AppError } from '../../shared/errors';
import { tempDir } from '../helpers/temp';

describe('migrations', () => {
  it('are numbered 1, 2, 3, ... without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it.each(MIGRATIONS.map((m) => [m.version, m.name] as const))('migration %i (%s) applies on top of the previous ones', (version) => {
    const key = randomBytes(32);
    const file = join(tempDir(), 'm.db');
    const db = openDatabase(file, key, MIGRATIONS.filter((m) => m.version <= version));
    expect(schemaVersion(db)).toBe(version);
    db.close();
    // Re-opening with the full list continues from there.
    const db2 = openDatabase(file, key);
    expect(schemaVersion(db2)).toBe(LATEST_SCHEMA_VERSION);
    db2.close();
  });

  it('refuses a database from a newer app (DB_FROM_FUTURE) and a wrong key (INTEGRITY)', () => {
    const key = randomBytes(32);
    const file = join(tempDir(), 'f.db');
    const db = openDatabase(file, key);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openDatabase(file, key)).toThrow(expect.objectContaining({ code: 'DB_FROM_FUTURE' }) as AppError);
    expect(() => openDatabase(file, randomBytes(32))).toThrow(expect.objectContaining({ code: 'INTEGRITY' }) as AppError);
  });
});
