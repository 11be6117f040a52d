import type { CatalogueSeed, PlatformEntry } from '../../shared/platform-types';
import { manualClock } from '../../electron/core/clock';
import { PASS, newCore } from './temp';

const b = (nl: string, en = nl) => ({ nl, en });

export function entry(id: string, name: string, domains: string[], followUpDays = 3, kind: PlatformEntry['kind'] = 'platform'): PlatformEntry {
  return { id, kind, name, domains, routes: [{ kind: 'web-form', label: b('Formulier', 'Form'), url: `https://${domains[0] ?? 'example.org'}/report` }], reference: { returned: true, looksLike: b('nummer', 'number') }, whoMayFile: b('iedereen', 'anyone'), followUpDays, notes: b('', '') };
}

/** A small catalogue for tests, independent of the shipped seed. */
export function testSeed(version = 1, instagramDays = 3): CatalogueSeed {
  return {
    version,
    platforms: [
      entry('instagram', 'Instagram', ['instagram.com'], instagramDays),
      entry('tiktok', 'TikTok', ['tiktok.com'], 5),
      entry('other-host', 'Andere website / host', []),
      entry('offlimits-meldpunt', 'Offlimits Meldpunt', [], 5, 'escalation'),
      entry('police', 'Politie', [], 7, 'escalation'),
      entry('take-it-down', 'Take It Down', [], 2, 'escalation'),
    ],
  };
}

/** The sender notices sign with (DSA art. 16(2)(c)); without one, "sent" is refused. */
export const TEST_SENDER = { senderName: 'Fatima El Amrani', senderEmail: 'vp@rocvoorbeeld.nl', senderOrganisation: 'ROC Voorbeeld' } as const;

/** A vault on a movable clock with one expose-account case; the sender is set unless `sender: false`. */
export async function takedownCore(start: string, seed = testSeed(), opts: { sender?: boolean } = {}) {
  const clock = manualClock(start);
  const core = newCore({ clock, catalogueSeed: seed });
  const ctx = { transport: 'test' } as const;
  await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'Coördinator' }, ctx);
  if (opts.sender !== false) await core.handlers['settings:set']({ ...TEST_SENDER }, ctx);
  const c = await core.handlers['case:create']({ title: 'Expose-account', category: 'expose-account' }, ctx);
  return { core, clock, h: core.handlers, ctx, c };
}
