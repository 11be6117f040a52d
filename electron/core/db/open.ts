/**
 * Opens the vault database with SQLCipher and brings its schema up to date.
 * Invariants: the key is the raw 256-bit sub-key derived by the app, passed as a blob
 * literal so SQLCipher skips its own PBKDF2 (https://www.zetetic.net/sqlcipher/sqlcipher-api/#key);
 * temp tables and sorts stay in memory (temp_store=MEMORY) so no unencrypted temp file is
 * written; secure_delete overwrites freed pages; a schema newer than the app is refused.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from './migrations/index';
import { cacheStatements } from './statement-cache';

export type Db = Database.Database;
export const DB_FILE = 'vault.db';

export function openDatabase(file: string, key: Buffer, migrations = MIGRATIONS, readonly = false): Db {
  const db = new Database(file, { readonly, fileMustExist: readonly });
  try {
    // sqlite3mc needs the cipher scheme before the key; legacy=4 is SQLCipher 4's format.
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${key.toString('hex')}'"`);
    // A wrong key only shows on the first read (SQLITE_NOTADB), not on PRAGMA key.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new AppError('INTEGRITY', 'The vault database cannot be decrypted or is damaged.', { file: DB_FILE });
    }
    throw err;
  }
  cacheStatements(db);
  if (readonly) {
    db.pragma('temp_store = MEMORY');
    return db;
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, migrations);
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Db, migrations = MIGRATIONS): void {
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
  const current = schemaVersion(db);
  if (current > latest) {
    db.close();
    throw new AppError('DB_FROM_FUTURE', 'This vault was made by a newer version of Bewijskluis.', {
      version: current,
      supported: latest,
    });
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
}

export { LATEST_SCHEMA_VERSION };
