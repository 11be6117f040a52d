/**
 * The platform catalogue in the vault. Invariants: a newer shipped seed updates untouched
 * entries only; an entry the user edited keeps the user's data (the new shipped version is
 * kept aside for "reset to default"); entries the user added are never touched by a seed;
 * every name that does not match the catalogue resolves to "other-host".
 */
import { randomUUID } from 'node:crypto';
import type { CatalogueSeed, Platform, PlatformEntry } from '../../../shared/platform-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/kv-store';
import { hostOfUrl } from '../../../shared/url-rule';

export const OTHER_PLATFORM_ID = 'other-host';

interface Row {
  id: string;
  kind: string;
  data: string;
  origin: Platform['origin'];
  seed_version: number | null;
  seed_data: string | null;
}

const toPlatform = (r: Row): Platform => ({ ...(JSON.parse(r.data) as PlatformEntry), origin: r.origin, seedVersion: r.seed_version });

export function syncCatalogue(db: Db, seed: CatalogueSeed, now: Date): { applied: boolean } {
  const current = getSetting<number>(db, 'catalogue_seed_version') ?? 0;
  if (current >= seed.version) return { applied: false };
  const at = now.toISOString();
  db.transaction(() => {
    for (const p of seed.platforms) {
      const row = db.prepare('SELECT * FROM platforms WHERE id = ?').get(p.id) as Row | undefined;
      const data = JSON.stringify(p);
      if (!row) {
        db.prepare(`INSERT INTO platforms(id, kind, data, origin, seed_version, seed_data, updated_at) VALUES (?, ?, ?, 'seed', ?, NULL, ?)`).run(p.id, p.kind, data, seed.version, at);
      } else if (row.origin === 'seed') {
        db.prepare('UPDATE platforms SET kind = ?, data = ?, seed_version = ?, updated_at = ? WHERE id = ?').run(p.kind, data, seed.version, at, p.id);
      } else if (row.origin === 'edited') {
        db.prepare('UPDATE platforms SET seed_data = ?, seed_version = ? WHERE id = ?').run(data, seed.version, p.id);
      }
    }
    setSetting(db, 'catalogue_seed_version', seed.version);
  })();
  return { applied: true };
}

/** Platforms first, then escalation bodies, then helplines; by name within each. */
const KIND_ORDER: Record<Platform['kind'], number> = { platform: 0, escalation: 1, helpline: 2 };

export function listPlatforms(db: Db): Platform[] {
  const rows = db.prepare('SELECT * FROM platforms').all() as Row[];
  return rows.map(toPlatform).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, 'nl'));
}

export function getPlatform(db: Db, id: string): Platform {
  const r = db.prepare('SELECT * FROM platforms WHERE id = ?').get(id) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'This platform is not in the catalogue.', { entity: 'platform' });
  return toPlatform(r);
}

/** Saves a user's edit of an entry, or adds a new entry when the id is new or absent. */
export function savePlatform(db: Db, entry: Omit<PlatformEntry, 'id'> & { id?: string }, now: Date): Platform {
  const at = now.toISOString();
  const existing = entry.id ? (db.prepare('SELECT * FROM platforms WHERE id = ?').get(entry.id) as Row | undefined) : undefined;
  if (existing) {
    const data = JSON.stringify({ ...entry, id: existing.id });
    if (existing.origin === 'seed') {
      db.prepare(`UPDATE platforms SET kind = ?, data = ?, origin = 'edited', seed_data = ?, updated_at = ? WHERE id = ?`).run(entry.kind, data, existing.data, at, existing.id);
    } else {
      db.prepare('UPDATE platforms SET kind = ?, data = ?, updated_at = ? WHERE id = ?').run(entry.kind, data, at, existing.id);
    }
    return getPlatform(db, existing.id);
  }
  const id = `custom-${randomUUID().slice(0, 8)}`;
  db.prepare(`INSERT INTO platforms(id, kind, data, origin, seed_version, seed_data, updated_at) VALUES (?, ?, ?, 'custom', NULL, NULL, ?)`).run(id, entry.kind, JSON.stringify({ ...entry, id }), at);
  return getPlatform(db, id);
}

export function resetPlatform(db: Db, id: string, now: Date): Platform {
  const r = db.prepare('SELECT * FROM platforms WHERE id = ?').get(id) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'This platform is not in the catalogue.', { entity: 'platform' });
  if (r.origin !== 'edited' || !r.seed_data) throw new AppError('CONFLICT', 'Only an edited standard entry can be reset.', { reason: 'not-edited' });
  db.prepare(`UPDATE platforms SET data = seed_data, seed_data = NULL, origin = 'seed', updated_at = ? WHERE id = ?`).run(now.toISOString(), id);
  return getPlatform(db, id);
}


/** Finds the catalogue entry for a platform name, id or URL; anything unknown is "other-host". */
export function resolvePlatformId(db: Db, nameOrId: string | undefined, url: string | undefined): string {
  const all = listPlatforms(db);
  const key = (nameOrId ?? '').trim().toLowerCase();
  if (key) {
    const hit = all.find((p) => p.id === key || p.name.toLowerCase() === key);
    if (hit) return hit.id;
  }
  // The one URL rule (shared/url-rule.ts) reads the host, with or without a scheme.
  const host = url ? hostOfUrl(url) : null;
  if (host) {
    const hit = all.find((p) => p.domains.some((d) => host === d || host.endsWith(`.${d}`)));
    if (hit) return hit.id;
  }
  return all.some((p) => p.id === OTHER_PLATFORM_ID) ? OTHER_PLATFORM_ID : (all[0]?.id ?? OTHER_PLATFORM_ID);
}
