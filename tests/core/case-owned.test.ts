/**
 * One place knows what belongs to a case (issue 11 item 3, electron/core/case/case-owned.ts):
 * every table with a `case_id` column is in the list, and after a purge none of them holds a
 * row of the case (the purge checks this itself and refuses otherwise).
 */
import { describe, expect, it } from 'vitest';
import { CASE_OWNED_TABLES, tablesHolding } from '../../electron/core/case/case-owned';
import { screenshot } from '../helpers/images';
import { PASS, newCore } from '../helpers/temp';

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
    const core = newCore({ idleCheckMs: 0 });
    const h = core.handlers;
    await h['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
    const fill = async (title: string) => {
      const c = await h['case:create']({ title, category: 'hurtful-meme' }, ctx);
      await h['person:add']({ caseId: c.id, role: 'victim', name: `Slachtoffer ${title}` }, ctx);
      await h['note:add']({ caseId: c.id, body: `Notitie ${title}` }, ctx);
      const imp = await h['evidence:import']({ caseId: c.id, meta: { url: 'https://x.com/a/status/1', platform: 'X' }, files: [{ name: 'a.png', bytes: new Uint8Array(await screenshot(title)) }] }, ctx);
      await h['takedown:create']({ caseId: c.id, itemId: imp.results[0]!.itemId!, channel: 'web-form' }, ctx);
      await h['draft:save']({ key: `note:${c.id}:new`, caseId: c.id, body: JSON.stringify({ body: `Concept ${title}` }) }, ctx);
      return c;
    };
    const gone = await fill('Weg');
    const kept = await fill('Blijft');
    const db = core.session().db;
    expect(tablesHolding(db, gone.id).sort()).toEqual(Object.keys(CASE_OWNED_TABLES).sort());
    await h['case:update']({ caseId: gone.id, patch: { status: 'closed' } }, ctx);
    await h['retention:purge']({ caseId: gone.id, confirmRef: gone.ref }, ctx);
    expect(tablesHolding(db, gone.id)).toEqual([]);
    expect(tablesHolding(db, kept.id).sort()).toEqual(Object.keys(CASE_OWNED_TABLES).sort());
  });
});
