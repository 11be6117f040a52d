/**
 * "Seen at" told truthfully (issue 16 item 5): the spread view's "first seen" is only ever a
 * seen-at the user gave, never a capture time (reported apart as "first captured"); and the
 * dossier never prints a blank for an item whose seen-at is unknown.
 */
import { describe, expect, it } from 'vitest';
import { itemRows } from '../../electron/core/dossier/pdf/sections-evidence';
import type { Ctx } from '../../electron/core/dossier/pdf/context';
import { pdfText } from '../../electron/core/dossier/pdf/pdf-messages';
import type { DossierItem } from '../../electron/core/dossier/dossier-data';
import { screenshot, variants } from '../helpers/images';
import { PASS, newCore } from '../helpers/temp';

const ctx = { transport: 'test' } as const;

describe('seen at', () => {
  it('the spread view calls only a seen-at "first seen" and reports the capture time apart', async () => {
    const core = newCore({ idleCheckMs: 0 });
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const c = await h['case:create']({ title: 'Meme', category: 'hurtful-meme' }, ctx);
    const shot = await screenshot('gezien');
    const png = new Uint8Array(shot);
    const other = new Uint8Array(await screenshot('iets anders', { hue: 200, width: 640, height: 480 }));
    // Unknown seen-at for the first sighting, a known one for the second copy (mirrored: another file, same image).
    await h['evidence:import']({ caseId: c.id, meta: { platform: 'TikTok', seenAt: null }, files: [{ name: 'a.png', bytes: png }] }, ctx);
    const mirrored = new Uint8Array((await variants(shot)).mirrored);
    await h['evidence:import']({ caseId: c.id, meta: { platform: 'Snapchat', seenAt: '2026-11-20T15:30:00+01:00' }, files: [{ name: 'b.png', bytes: mirrored }] }, ctx);
    await h['evidence:import']({ caseId: c.id, meta: { platform: 'X' }, files: [{ name: 'c.png', bytes: other }] }, ctx);

    const spread = await h['evidence:get-spread']({ caseId: c.id }, ctx);
    const both = spread.find((g) => g.itemIds.length === 2)!;
    expect(both.firstSeenAt).toBe('2026-11-20T14:30:00.000Z');
    expect(both.firstCapturedAt).toBe('2026-11-24T09:00:00.000Z');
    expect(both.platforms.find((p) => p.platform === 'TikTok')).toMatchObject({ firstSeenAt: null, firstCapturedAt: '2026-11-24T09:00:00.000Z' });
    const alone = spread.find((g) => g.itemIds.length === 1)!;
    // Nobody said when it was seen: not "first seen" at the capture time.
    expect(alone.firstSeenAt).toBeNull();
    expect(alone.platforms[0]!.firstSeenAt).toBeNull();
  });

  it('the dossier says "onbekend" / "unknown" for an unknown seen-at, never a blank or a dash', () => {
    const item = { kind: 'url', platform: 'TikTok', url: 'https://www.tiktok.com/@x', handle: '', seenAt: null, postedAt: null, capturedAt: '2026-11-24T09:00:00.000Z', capturedBy: 'VP', captureMethod: 'own-screenshot', sha256: null, pdq: null, pdqQuality: null, timeZone: 'Europe/Amsterdam', links: [], receivedFrom: '', online: null } as unknown as DossierItem;
    for (const [lang, label, value] of [['nl', 'Waargenomen op', 'onbekend'], ['en', 'Seen at', 'unknown']] as const) {
      const rows = itemRows({ t: pdfText(lang), lang, timeZone: 'Europe/Amsterdam' } as unknown as Ctx, item, 'brief');
      expect(rows.find((r) => r.label === label)?.value).toBe(value);
    }
  });
});
