/**
 * One place knows what belongs to a case (issue 11 item 3, electron/core/case/case-owned.ts):
 * every table with a `case_id` column is in the list, and after a purge none of them holds a
 * row of the case (the purge checks this itself and refuses otherwise).
 */
import { describe, expect, it } from 'vitest';
import { CASE_OWNED_TABLES, tablesHolding } from '../../electron/core/case/case-owned';
import { screenshot } from '../helpers/images';
import { PASS, newCore } from '../helpers/temp';
import { chromiumCaptureHost } from '../../electron/bridge/chromium-capture';
import { TEST_LIMITS } from '../helpers/capture';
import { startFakePlatform } from '../helpers/fake-platform';

const ctx = { transport: 'test' } as const;

describe('case-owned tables', () => {
  it('every table of the schema with a case_id column is in the one list, and the list names no other', async () => {
    const core = newCore({ idleCheckMs: 0 });
    await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const db = core.session().db;
    const withCaseId = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[])
      .map((t) => t.name)
      .filter((t) => (db.prepare('SELECT name FROM pragma_table_info(?)').all(t) as { name: string }[]).some((c) => c.name === 'case_id'))
      .sort();
    expect(Object.keys(CASE_OWNED_TABLES).sort()).toEqual(withCaseId);
  });

  it('after a purge no listed table holds a row of the case, and another case keeps all of its own', async () => {
    // A web capture and a removal check too (issue 18): their rows and blobs belong to the case.
    const fake = await startFakePlatform();
    const core = newCore({ idleCheckMs: 0, capture: chromiumCaptureHost(), captureLimits: TEST_LIMITS });
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const fill = async (title: string) => {
      const c = await h['case:create']({ title, category: 'hurtful-meme' }, ctx);
      const victim = await h['person:add']({ caseId: c.id, role: 'victim', name: `Slachtoffer ${title}` }, ctx);
      await h['note:add']({ caseId: c.id, body: `Notitie ${title}` }, ctx);
      const imp = await h['evidence:import']({ caseId: c.id, meta: { url: 'https://x.com/a/status/1', platform: 'X' }, files: [{ name: 'a.png', bytes: new Uint8Array(await screenshot(title)) }] }, ctx);
      await h['person:set-item-people']({ itemId: imp.results[0]!.itemId!, links: [{ personId: victim.id, link: 'shown' }] }, ctx);
      await h['takedown:create']({ caseId: c.id, itemId: imp.results[0]!.itemId!, channel: 'web-form' }, ctx);
      const cap = await h['capture:take']({ caseId: c.id, url: fake.url(`/@lotte.fake/post/${title.length}`) }, ctx);
      const r = await h['takedown:create']({ caseId: c.id, itemId: cap.item.id, channel: 'in-app' }, ctx);
      await h['capture:check-removal']({ requestId: r.id }, ctx);
      await h['draft:save']({ key: `note:${c.id}:new`, caseId: c.id, body: JSON.stringify({ body: `Concept ${title}` }) }, ctx);
      // The communication log (issue 19), with a step it ticked.
      await h['message:log']({ caseId: c.id, templateId: 'team', to: `Team ${title}`, how: 'meeting', personId: victim.id }, ctx);
      return c;
    };
    const gone = await fill('Weg');
    const kept = await fill('Blijft');
    const db = core.session().db;
    expect(tablesHolding(db, gone.id).sort()).toEqual(Object.keys(CASE_OWNED_TABLES).sort());
    const goneBlobs = (db.prepare('SELECT blob_id FROM capture_artefacts WHERE case_id = ? AND blob_id IS NOT NULL').all(gone.id) as { blob_id: string }[]).map((r) => r.blob_id);
    expect(goneBlobs.length).toBeGreaterThanOrEqual(8);
    await h['case:update']({ caseId: gone.id, patch: { status: 'closed' } }, ctx);
    await h['retention:purge']({ caseId: gone.id, confirmRef: gone.ref }, ctx);
    expect(tablesHolding(db, gone.id)).toEqual([]);
    expect(tablesHolding(db, kept.id).sort()).toEqual(Object.keys(CASE_OWNED_TABLES).sort());
    // The captures' screenshots, archives and records are gone from the vault with their rows.
    for (const b of goneBlobs) {
      expect(db.prepare('SELECT 1 FROM blobs WHERE id = ?').get(b), b).toBeUndefined();
      await expect(core.session().blobs.get(b)).rejects.toBeTruthy();
    }
    expect((await h['vault:check']({}, ctx)).ok).toBe(true);
    await fake.close();
  });
});
