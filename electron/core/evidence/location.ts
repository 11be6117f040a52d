/**
 * A location's URL through the one URL rule (shared/url-rule.ts, issue 16 item 2), for every
 * path that stores one: add, import (app and CLI), edit, and a takedown from a typed link.
 * Invariants: a URL that is not a web address is refused as VALIDATION with the rule's reason
 * (the app and the CLI say it in words); a platform left empty is taken from the URL's host
 * when the catalogue knows it, so an item never reads "Platform onbekend" for a known site.
 */
import { AppError } from '../../../shared/errors';
import { checkUrl, platformOfUrl } from '../../../shared/url-rule';
import type { Db } from '../db/open';
import { listPlatforms } from '../platform/catalogue-repo';

/** The normalised URL, or VALIDATION naming `path` and the reason. */
export function normaliseUrl(url: string, path: string): string {
  const c = checkUrl(url);
  if (!c.ok) throw new AppError('VALIDATION', 'This is not a web address.', { reason: c.problem, issues: [{ path, code: c.problem }] });
  return c.url;
}

/** The catalogue name of the URL's platform (a platform, not an escalation body), or null. */
export function platformNameOf(db: Db, url: string): string | null {
  return platformOfUrl(url, listPlatforms(db).filter((p) => p.kind === 'platform'))?.name ?? null;
}

/**
 * `meta` with its URL normalised and, when no platform is named (in the meta, or already on
 * the item being edited), the platform of the URL's host. An empty URL stays empty (an edit
 * may clear it).
 */
export function withLocation<M extends { url?: string; platform?: string }>(db: Db, meta: M, existingPlatform = ''): M {
  if (!meta.url) return meta;
  const url = normaliseUrl(meta.url, 'meta.url');
  const named = (meta.platform ?? existingPlatform).trim();
  const platform = named ? meta.platform : (platformNameOf(db, url) ?? meta.platform);
  return { ...meta, url, ...(platform !== undefined ? { platform } : {}) };
}
