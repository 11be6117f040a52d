/**
 * Which addresses of a takedown request a browser can check, and when a removed request is
 * "online again": one rule for the core's inbox (electron/core/inbox/sources.ts) and the
 * request page (renderer/src/features/capture/components/RemovalCapture.tsx).
 */
import type { RemovalCheck } from './capture-types';
import type { Occurrence, TakedownRequest } from './takedown-types';

/** The targets a browser can load: those with a URL (an account or a chat named without one cannot be loaded). */
export function webTargets(r: Pick<TakedownRequest, 'occurrences'>): Occurrence[] {
  return r.occurrences.filter((o) => o.url !== '');
}

/**
 * The check that found a removed request's address online again: the latest check of an
 * address, made after the decision, that says online; null when there is none (or the request
 * is not removed). `newestFirst`: the request's checks, newest first (as capture:list-checks
 * gives them).
 */
export function backOnlineCheck<C extends Pick<RemovalCheck, 'url' | 'outcome' | 'checkedAt'>>(r: Pick<TakedownRequest, 'status' | 'decisionAt'>, newestFirst: readonly C[]): C | null {
  if (r.status !== 'removed') return null;
  const seen = new Set<string>();
  for (const c of newestFirst) {
    if (seen.has(c.url)) continue;
    seen.add(c.url);
    if (c.outcome === 'online' && c.checkedAt > (r.decisionAt ?? '')) return c;
  }
  return null;
}
