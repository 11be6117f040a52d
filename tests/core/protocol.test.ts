import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../electron/core/clock';
import { filesContaining, listFiles } from '../helpers/scan';
import { PASS, newCore, tempDir } from '../helpers/temp';
import { screenshot } from '../helpers/images';

const ctx = { transport: 'test' } as const;

async function vault(start = '2026-11-24T09:00:00Z') {
  const clock = manualClock(start);
  const appData = tempDir();
  const core = newCore({ appDataDir: appData, clock });
  await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'VP' }, ctx);
  return { core, h: core.handlers, clock, vaultDir: join(appData, 'vault') };
}

describe('step plan', () => {
  it('a new case gets the template steps with due dates; editing the template does not change existing cases', async () => {
    const { h } = await vault();
    const a = await h['case:create']({ title: 'A', category: 'hurtful-meme' }, ctx);
    const steps = await h['step:list']({ caseId: a.id }, ctx);
    expect(steps.length).toBe(12);
    expect(steps[0]).toMatchObject({ position: 1, title: expect.stringContaining('Probleem vaststellen'), owner: 'Vertrouwenspersoon', dueDate: '2026-11-24', doneAt: null });
    expect(steps.find((s) => s.interview)?.title).toContain('slachtoffer');
    const tpl = await h['step:get-template']({}, ctx);
    await h['step:save-template']({ steps: [...tpl.steps.slice(0, 2), { title: { nl: 'Eigen stap van de school', en: 'School step' }, owner: { nl: 'Directie', en: 'Board' }, dueDays: 2 }] }, ctx);
    expect((await h['step:list']({ caseId: a.id }, ctx)).length).toBe(12);
    const b = await h['case:create']({ title: 'B', category: 'other' }, ctx);
    expect((await h['step:list']({ caseId: b.id }, ctx)).map((s) => s.title)).toEqual([steps[0]!.title, steps[1]!.title, 'Eigen stap van de school']);
    const done = await h['step:update']({ stepId: steps[0]!.id, patch: { done: true, notes: 'Gesprek gevoerd' } }, ctx);
    expect(done).toMatchObject({ doneBy: 'VP', notes: 'Gesprek gevoerd' });
    expect((await h['step:save-template']({ steps: null }, ctx)).edited).toBe(false);
  });
});

describe('retention and purge', () => {
  it('a closed case past its retention date is listed; purge removes every row, blob and FTS entry, leaves no marker bytes in the vault folder, and the audit chain keeps only a tombstone', async () => {
    const { h, core, clock, vaultDir } = await vault('2024-01-10T09:00:00Z');
    const marker = `PURGE${randomBytes(5).toString('hex')}`;
    const keep = await h['case:create']({ title: 'Blijft bestaan', category: 'other' }, ctx);
    const c = await h['case:create']({ title: `${marker} titel`, description: `${marker} beschrijving`, category: 'hurtful-meme' }, ctx);
    await h['person:add']({ caseId: c.id, role: 'victim', name: `${marker} Zoë`, minor: 'yes', contactNotes: `${marker} contact` }, ctx);
    await h['note:add']({ caseId: c.id, body: `${marker} werknotitie` }, ctx);
    const png = await screenshot(marker);
    const imp = await h['evidence:import']({ caseId: c.id, meta: { url: `https://x.com/${marker}`, handle: `@${marker}`, description: `${marker} item` }, files: [{ name: `${marker}.png`, bytes: new Uint8Array(png) }] }, ctx);
    const r = await h['takedown:create']({ caseId: c.id, itemId: imp.results[0]!.itemId!, channel: 'web-form' }, ctx);
    // A notice without a sender cannot be marked sent (issue 14 item 2).
    await h['settings:set']({ senderName: 'VP', senderEmail: 'vp@school.example' }, ctx);
    await h['takedown:set-status']({ requestId: r.id, status: 'sent', note: `${marker} notitie` }, ctx);
    await expect(h['retention:purge']({ caseId: c.id, confirmRef: c.ref }, ctx)).rejects.toMatchObject({ code: 'CONFLICT' });
    await h['case:update']({ caseId: c.id, patch: { status: 'closed' } }, ctx);
    expect((await h['case:get']({ caseId: c.id }, ctx)).purgeDate).toBe('2026-01-10');
    expect(await h['retention:list-due']({}, ctx)).toEqual([]);
    clock.set('2026-01-10T08:00:00Z');
    expect((await h['retention:list-due']({}, ctx)).map((d) => d.ref)).toEqual([c.ref]);

    await expect(h['retention:purge']({ caseId: c.id, confirmRef: 'verkeerd' }, ctx)).rejects.toMatchObject({ code: 'VALIDATION' });
    const res = await h['retention:purge']({ caseId: c.id, confirmRef: c.ref }, ctx);
    expect(res).toMatchObject({ ref: c.ref, blobsDeleted: 2 });
    const db = core.session().db;
    for (const t of ['cases', 'persons', 'evidence_items', 'case_notes', 'takedown_requests', 'occurrences', 'case_steps']) {
      const n = (db.prepare(`SELECT count(*) AS n FROM ${t} WHERE ${t === 'cases' ? 'id' : 'case_id'} = ?`).get(c.id) as { n: number }).n;
      expect(n, t).toBe(0);
    }
    expect(await h['search:query']({ text: marker }, ctx)).toEqual([]);
    expect((db.prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n).toBe(0);
    expect((await listFiles(join(vaultDir, 'blobs'))).length).toBe(0);
    expect(core.session().audit.verify().ok).toBe(true);
    const tomb = core.session().audit.list({ limit: 1 })[0]!;
    expect(tomb).toMatchObject({ kind: 'case.purged', actor: 'VP', details: { case: c.ref } });
    expect(JSON.stringify(core.session().audit.list({ limit: 10_000 }))).not.toContain(marker);
    expect((await h['case:list']({}, ctx)).map((x) => x.id)).toEqual([keep.id]);

    const probe = png.subarray(300, 364).toString('latin1');
    expect(await filesContaining([vaultDir], [marker, probe])).toEqual([]);
    await core.lock('manual');
    expect(await filesContaining([vaultDir], [marker, probe])).toEqual([]);
  });
});

describe('audit viewer and inspection requests', () => {
  it('filters the log by case and kind, exports it as CSV, and writes the access letter about one person (chosen across cases, not matched by name) without working notes', async () => {
    const { h, core } = await vault();
    const c = await h['case:create']({ title: 'Zaak met =SUM(A1)', category: 'expose-account' }, ctx);
    const other = await h['case:create']({ title: 'Andere zaak', category: 'other' }, ctx);
    const p = await h['person:add']({ caseId: c.id, role: 'victim', name: 'Şükrü Yılmaz', minor: 'yes' }, ctx);
    // The same pupil in another case, chosen as such; a namesake in a third case is someone else.
    await h['person:add']({ caseId: other.id, role: 'witness', identityId: p.identityId }, ctx);
    const third = await h['case:create']({ title: 'Derde zaak', category: 'other' }, ctx);
    await h['person:add']({ caseId: third.id, role: 'spreader', name: 'sukru yilmaz' }, ctx);
    await h['note:add']({ caseId: c.id, body: 'Geheime werknotitie' }, ctx);
    const sighting = await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://example.org/expose', platform: 'Instagram' } }, ctx);
    await h['person:set-item-people']({ itemId: sighting.id, links: [{ personId: p.id, link: 'shown' }] }, ctx);
    const byCase = await h['audit:query']({ caseId: c.id }, ctx);
    expect(byCase.map((e) => e.kind)).toEqual(expect.arrayContaining(['case.created', 'person.added', 'note.added', 'evidence.sighting_added']));
    expect(byCase.some((e) => e.subject === other.id)).toBe(false);
    expect((await h['audit:query']({ kind: 'case.created' }, ctx)).length).toBe(3);
    const out = join(tempDir(), 'logboek.csv');
    const exp = await h['audit:export-csv']({ outPath: out, caseId: c.id }, ctx);
    const csv = await fs.readFile(out, 'utf8');
    expect(csv.startsWith('\ufeffseq,at_utc,actor,kind,label,subject,details,hash')).toBe(true);
    expect(csv.trim().split('\r\n').length).toBe(exp.rows + 1);
    // The label column says the kind in words, in the app's language (Dutch by default), after the kind.
    expect(csv).toContain('"case.created","Zaak aangemaakt"');
    expect(csv).toContain('"evidence.sighting_added","Vindplaats vastgelegd"');
    await h['app:set-prefs']({ language: 'en' }, ctx);
    await expect(h['audit:export-csv']({ outPath: out, caseId: c.id }, ctx)).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'exists' } });
    await h['audit:export-csv']({ outPath: out, caseId: c.id, overwrite: true }, ctx);
    const csvEn = await fs.readFile(out, 'utf8');
    expect(csvEn).toContain('"case.created","Case created"');
    expect(csvEn).toContain('"person.added","Person involved added"');

    const letterFile = join(tempDir(), 'inzage.pdf');
    const report = await h['person:report']({ personId: p.id, lang: 'nl', outPath: letterFile }, ctx);
    expect(report).toMatchObject({ cases: 2, items: 1 });
    const letter = execFileSync('pdftotext', ['-layout', letterFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(letter).toContain(`Zaak ${c.ref}`);
    expect(letter).toContain(`Zaak ${other.ref}`);
    expect(letter).not.toContain(third.ref);
    expect(letter).toContain('example.org/…');
    expect(letter).not.toContain('Geheime werknotitie');
    // Titles are free text about the case (they may name others): never in the letter.
    expect(letter).not.toContain('Andere zaak');
    expect(core.session().audit.verify().ok).toBe(true);
  });
});

describe('backup through the contract', () => {
  it('creates a backup, records when, verifies it while locked and restores it into a new folder', async () => {
    const { h, core } = await vault();
    expect((await h['backup:get-status']({}, ctx)).due).toBe(true);
    const dir = tempDir();
    const out = join(dir, 'kluis.bkbackup');
    const b = await h['backup:create']({ outPath: out }, ctx);
    expect((await h['backup:get-status']({}, ctx))).toMatchObject({ due: false, lastBackupAt: b.createdAt });
    await core.lock('manual');
    expect(await h['backup:verify']({ path: out, passphrase: PASS }, ctx)).toMatchObject({ ok: true, backupId: b.backupId });
    const restored = await h['backup:restore']({ path: out, targetDir: join(dir, 'hersteld'), passphrase: PASS }, ctx);
    expect(restored.check.ok).toBe(true);
    await expect(h['backup:restore']({ path: out, targetDir: join(dir, 'hersteld'), passphrase: PASS }, ctx)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
