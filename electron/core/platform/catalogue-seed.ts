/**
 * The seeded platform catalogue (resources/platforms.json), validated at load.
 *
 * Invariants:
 * - A seed that passes `validateSeed` has unique ids, no domain claimed by two entries,
 *   only https web addresses, NL and EN text for every label, follow-up days in 1..60, and
 *   for every entry the page it was checked against and the day (`source`, issue 14 item 7).
 * - The schema is strict: an unknown key is an error, so a typo in the JSON cannot
 *   silently drop a field.
 * - Platform details are defaults the user may edit (docs/domain.md "Platforms and takedown requests"); nothing here is
 *   fetched from the network.
 */
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { PLATFORM_KINDS, type CatalogueSeed, type PlatformEntry } from '../../../shared/platform-types';
import seed from '../../../resources/platforms.json';

const text = z.string().trim().min(1);
const bilingual = z.strictObject({ nl: text, en: text });

const httpsUrl = z.string().refine((s) => {
  try {
    return new URL(s).protocol === 'https:';
  } catch {
    return false;
  }
}, 'must be an https URL');

/** A bare host name in lower case, e.g. "instagram.com" or "t.me" (no scheme, no path). */
const domain = z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, 'must be a lower-case host name');

const route = z
  .strictObject({
    kind: z.enum(['in-app', 'web-form', 'email', 'phone']),
    label: bilingual,
    url: httpsUrl.optional(),
    email: z.email().optional(),
    phone: z.string().regex(/^\+?[0-9][0-9 -]{1,20}$/, 'must be a phone number').optional(),
    steps: bilingual.optional(),
  })
  .superRefine((r, ctx) => {
    // Each kind carries the one thing a user needs to act on it.
    const missing =
      (r.kind === 'in-app' && !r.steps) ||
      (r.kind === 'web-form' && !r.url && !r.steps) ||
      (r.kind === 'email' && !r.email) ||
      (r.kind === 'phone' && !r.phone);
    if (missing) ctx.addIssue({ code: 'custom', message: `a ${r.kind} route lacks its ${r.kind === 'web-form' ? 'url or steps' : r.kind === 'in-app' ? 'steps' : r.kind}` });
  });

export const platformEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
  kind: z.enum(PLATFORM_KINDS),
  name: text,
  domains: z.array(domain),
  routes: z.array(route).min(1),
  reference: z.strictObject({ returned: z.boolean(), looksLike: bilingual }),
  whoMayFile: bilingual,
  followUpDays: z.int().min(1).max(60),
  notes: bilingual,
  source: z.strictObject({
    url: httpsUrl,
    checkedOn: z.iso.date(),
    liveChecked: z.boolean(),
  }),
}) satisfies z.ZodType<PlatformEntry>;

export const catalogueSeedSchema = z
  .strictObject({
    version: z.int().min(1),
    platforms: z.array(platformEntrySchema).min(1),
  })
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    const domains = new Map<string, string>();
    s.platforms.forEach((p, i) => {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', path: ['platforms', i, 'id'], message: `duplicate id "${p.id}"` });
      ids.add(p.id);
      for (const d of p.domains) {
        const owner = domains.get(d);
        if (owner !== undefined) ctx.addIssue({ code: 'custom', path: ['platforms', i, 'domains'], message: `domain "${d}" is already used by "${owner}"` });
        domains.set(d, p.id);
      }
    });
  }) satisfies z.ZodType<CatalogueSeed>;

/** Validates any value as a catalogue seed; throws AppError INTERNAL listing the problems. */
export function validateSeed(data: unknown): CatalogueSeed {
  const parsed = catalogueSeedSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new AppError('INTERNAL', 'The platform catalogue seed is invalid.', { problems });
  }
  return parsed.data;
}

/** The bundled seed, validated. Throws when resources/platforms.json is broken. */
export function loadSeed(): CatalogueSeed {
  return validateSeed(seed);
}

/**
 * The platform whose `domains` contain the URL's host or one of its parent domains
 * ("www.instagram.com" matches "instagram.com"). Only http(s) URLs are considered;
 * anything that does not parse as a URL gives null. The first matching entry wins.
 */
export function platformForUrl(platforms: readonly PlatformEntry[], url: string): PlatformEntry | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  if (!host) return null;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i += 1) {
    const candidate = labels.slice(i).join('.');
    const hit = platforms.find((p) => p.domains.some((d) => d.toLowerCase() === candidate));
    if (hit) return hit;
  }
  return null;
}
