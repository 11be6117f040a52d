/**
 * Prepared statements kept per connection. Preparing is not free under SQLCipher (the import
 * profile, docs/architecture.md "Import speed": about 2.5 ms of main-thread time a file went to
 * `db.prepare` of the same few statements), and better-sqlite3 leaves caching to its caller
 * (https://github.com/WiseLibs/better-sqlite3/blob/master/docs/api.md#preparestring---statement).
 * Invariants: a cached statement comes back in its default row mode (a caller's earlier
 * `.pluck()`, `.raw()` or `.expand()` is undone); a statement still iterating is never handed
 * out again (a fresh one is prepared); the cache dies with the connection. Never call
 * `.bind()` on a prepared statement: bound parameters would stay with the cached statement.
 */
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';

/** The connection type (open.ts's Db), named here without importing open.ts, which imports this file. */
type Db = Database;

/** Distinct SQL texts kept; the app has about 200, so only generated SQL ever evicts. */
export const STATEMENT_CACHE_SIZE = 512;

export function cacheStatements(db: Db, max = STATEMENT_CACHE_SIZE): void {
  const prepareFresh = db.prepare.bind(db);
  const cache = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    const hit = cache.get(sql);
    if (hit && !hit.busy) {
      // Most recently used last, so the first key is the one to evict.
      cache.delete(sql);
      cache.set(sql, hit);
      if (hit.reader) hit.raw(false).pluck(false).expand(false);
      return hit;
    }
    const fresh = prepareFresh(sql);
    if (!hit) {
      cache.set(sql, fresh);
      if (cache.size > max) cache.delete(cache.keys().next().value!);
    }
    return fresh;
  };
  db.prepare = prepare as Db['prepare'];
}
